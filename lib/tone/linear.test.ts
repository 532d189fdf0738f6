// Cost must grow linearly with the text: the analyser runs on every keystroke, and a pasted
// 100,000-character string of emoji, lone surrogates or punctuation must not freeze the page
// (regexes that backtracked over such runs once took seconds). Compared as a ratio of the
// same input at 10k and 100k characters, so the test holds on a slow or busy machine: linear
// cost gives ~10×, the quadratic passes it guards against gave 50–200×.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../plan/types';
import { analyzeTone } from './index';

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const PATHOLOGICAL: [string, (n: number) => string][] = [
  ['emoji', (n) => repeat('😀', n)],
  ['emoji joined by ZWJ', (n) => repeat('😀\u200d', n)],
  ['lone high surrogates', (n) => repeat('\ud800', n)],
  ['lone low surrogates', (n) => repeat('\udc00', n)],
  ['one long word', (n) => repeat('a', n)],
  ['letters that alternate word classes', (n) => repeat('aø', n)],
  ['exclamation marks then a letter', (n) => `${repeat('!', n - 1)}x`],
  ['dots then a letter', (n) => `${repeat('.', n - 1)}x`],
  ['spaces then "De"', (n) => `${repeat(' ', n - 2)}De`],
  ['commas and spaces then "De"', (n) => `a${repeat(', ', n - 3)}De`],
  ['at signs', (n) => repeat('a@', n)],
  ['address-like runs', (n) => repeat('a@b.', n)],
  ['@ then dots', (n) => `a@${repeat('.', n - 2)}`],
  ['hashtags glued together', (n) => repeat('#a', n)],
  ['www. glued together', (n) => repeat('www.', n)],
  ['HTML escapes', (n) => repeat('&lt;', n)],
  ['caps and hyphens', (n) => repeat('AB-', n)],
  ['apostrophes', (n) => repeat("a'", n)],
  ['prose', (n) => repeat('Not very good, but sorry we understand! ikke veldig bra men ', n)],
  ['praise and eye-rolls', (n) => repeat('thanks 🙄 ', n)],
  ['eye-rolls then praise', (n) => `${repeat('🙄', n - 7)} thanks`],
  ['question marks and spaces', (n) => repeat('?   ', n)],
  ['short capitals', (n) => repeat('AB CD ', n)],
  ['a shout with short words', (n) => repeat('ABC DE ', n)],
];

/**
 * Time of the 100k input over time of the 10k one, each the best of a few interleaved runs (the
 * least disturbed by other work on the machine). Sub-millisecond runs are mostly timer noise;
 * a floor keeps the ratio meaningful.
 */
function ratio(small: string, large: string, locale: Locale): number {
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let r = 0; r < 4; r++) {
    let start = performance.now();
    analyzeTone(small, locale);
    bestSmall = Math.min(bestSmall, performance.now() - start);
    start = performance.now();
    analyzeTone(large, locale);
    bestLarge = Math.min(bestLarge, performance.now() - start);
  }
  return bestLarge / Math.max(0.5, bestSmall);
}

describe('analyzeTone is linear in the length of the text', () => {
  const locales: Locale[] = ['en', 'nb'];
  it.each(PATHOLOGICAL.flatMap(([name, make]) => locales.map((locale) => [name, locale, make] as const)))('%s (%s)', (_name, locale, make) => {
    const small = make(10_000);
    const large = make(100_000);
    expect(large.length).toBe(10 * small.length);
    analyzeTone(small, locale);
    // A busy machine can stall one measurement; a quadratic pass fails every attempt (50–200×).
    let best = Infinity;
    for (let attempt = 0; attempt < 3 && best >= 40; attempt++) best = Math.min(best, ratio(small, large, locale));
    expect(best).toBeLessThan(40);
  });
});
