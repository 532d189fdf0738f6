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
  return matchPhrases(words, INDEX[locale])
    .filter((m) => !(SARCASM_KEYS[locale].has(wordsOf(words, m.from, m.to)) && (meansOnly(words, m.to - 1, locale === 'en' ? englishPolarity : nbPolarity) || quoted(text, m.start, m.end))))
    .map((m) => ({ start: m.start, end: m.end, kind: m.value }));
}

const SARCASM_KEYS: Record<Locale, ReadonlySet<string>> = { en: new Set(SARCASTIC_THANKS.en), nb: new Set(SARCASTIC_THANKS.nb) };
const wordsOf = (words: WordToken[], from: number, to: number) => words.slice(from, to).map((w) => w.lower).join(' ');
