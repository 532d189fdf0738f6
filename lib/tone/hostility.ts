// Hostility spans (insults, profanity, blaming, dismissive phrasing) for `tone.hostile`.
import type { Locale } from '../plan/types';
import { HOSTILE_PHRASES } from './hostility-lists';
import { SARCASTIC_THANKS, meansOnly, quoted } from './sarcasm';
import { englishPolarity } from './sentiment-en';
import { nbPolarity } from './sentiment-nb';
import type { ToneSpan } from './types';
import { compilePhrases, matchPhrases, type PhraseIndex, type WordToken } from './words';

type Kind = NonNullable<ToneSpan['kind']>;

const INDEX: Record<Locale, PhraseIndex<Kind>> = {
  en: compilePhrases(HOSTILE_PHRASES.en),
  nb: compilePhrases(HOSTILE_PHRASES.nb),
};

export function findHostility(words: WordToken[], locale: Locale, text = ''): ToneSpan[] {
  const spans: ToneSpan[] = matchPhrases(words, INDEX[locale])
    .filter((m) => !(SARCASM_KEYS[locale].has(wordsOf(words, m.from, m.to)) && (meansOnly(words, m.to - 1, locale === 'en' ? englishPolarity : nbPolarity) || quoted(text, m.start, m.end))))
    .map((m) => ({ start: m.start, end: m.end, kind: m.value }));
  const dismissal = locale === 'en' ? takeItOrLeaveIt(words) : undefined;
  if (dismissal && !spans.some((s) => s.start < dismissal.end && dismissal.start < s.end)) {
    spans.push(dismissal);
    spans.sort((a, b) => a.start - b.start);
  }
  return spans;
}

const DONT = new Set(["don't", 'dont', 'do']);
const DISLIKED = new Set(['it', 'them', 'this', 'that', 'our', 'us', 'the']);
const STAY_AWAY = new Set(['buy', 'order', 'come', 'shop', 'drink', 'use', 'eat']);

/**
 * "If you don't like it, don't buy it": the phrase lists match within one clause, and this one is
 * two ("If you don't like it, send it back for a refund" is service, and stays unflagged). The
 * second clause must tell the customer to stay away, right after the comma ("then" may stand
 * between).
 */
function takeItOrLeaveIt(words: WordToken[]): ToneSpan | undefined {
  for (let i = 0; i + 5 < words.length; i++) {
    if (words[i]!.lower !== 'if' || words[i + 1]!.lower !== 'you') continue;
    let k = i + 2;
    if (!DONT.has(words[k]!.lower)) continue;
    if (words[k]!.lower === 'do' && words[++k]?.lower !== 'not') continue;
    if (words[++k]?.lower !== 'like' || !DISLIKED.has(words[k + 1]?.lower ?? '')) continue;
    // The rest of the first clause ("it", "our coffee"), up to its comma.
    while (k < words.length && !words[k]!.breakAfter && k < i + 9) k++;
    if (k >= words.length || !words[k]!.breakAfter) continue;
    k++;
    if (words[k]?.lower === 'then' || words[k]?.lower === 'just') k++;
    if (!DONT.has(words[k]?.lower ?? '')) continue;
    if (words[k]!.lower === 'do' && words[++k]?.lower !== 'not') continue;
    const verb = words[k + 1];
    if (verb && STAY_AWAY.has(verb.lower)) return { start: words[i]!.start, end: verb.end, kind: 'dismissive' };
  }
  return undefined;
}

const SARCASM_KEYS: Record<Locale, ReadonlySet<string>> = { en: new Set(SARCASTIC_THANKS.en), nb: new Set(SARCASTIC_THANKS.nb) };
const wordsOf = (words: WordToken[], from: number, to: number) => words.slice(from, to).map((w) => w.lower).join(' ');
