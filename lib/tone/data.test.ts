// The shipped lexicons hold words and weights only: NoReC's sentences must never ship, and the
// content-script bundle must stay lean.
import { describe, expect, it } from 'vitest';
import en from './data/en-vader.json';
import nb from './data/nb-lexicon.json';

describe('shipped lexicons', () => {
  it('nb: at most 4,000 entries (words, ~stems, phrases of up to 6 words) with finite weights, a centre and a neutral band', () => {
    const words = nb.words as [string, number][];
    expect(words.length).toBeGreaterThan(1000);
    expect(words.length).toBeLessThanOrEqual(4000);
    for (const [word, weight] of words) {
      expect(word).toMatch(/^(?:~?\S{1,40}|[^\s~]{1,40}(?: \S{1,40}){1,5})$/u);
      expect(Number.isFinite(weight)).toBe(true);
    }
    expect(new Set(words.map(([w]) => w)).size).toBe(words.length);
    expect(nb.neutral[0]).toBeLessThan(0);
    expect(nb.neutral[1]).toBeGreaterThan(0);
    expect(nb.source).toMatch(/NoReC_sentence train split/);
  });

  it('en: the VADER lexicon, valences within −4..4', () => {
    const words = en.words as [string, number][];
    expect(words.length).toBeGreaterThan(7000);
    for (const [, v] of words) expect(Math.abs(v)).toBeLessThanOrEqual(4);
    expect(en.source).toMatch(/Hutto, MIT/);
  });
});
