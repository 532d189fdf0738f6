// Hostility spans (insults, profanity, blaming, dismissive phrasing) for `tone.hostile`.
import type { Locale } from '../plan/types';
import { HOSTILE_PHRASES } from './hostility-lists';
import type { ToneSpan } from './types';
import { compilePhrases, matchPhrases, type PhraseIndex, type WordToken } from './words';

type Kind = NonNullable<ToneSpan['kind']>;

const INDEX: Record<Locale, PhraseIndex<Kind>> = {
  en: compilePhrases(HOSTILE_PHRASES.en),
  nb: compilePhrases(HOSTILE_PHRASES.nb),
};

export function findHostility(words: WordToken[], locale: Locale): ToneSpan[] {
  return matchPhrases(words, INDEX[locale]).map((m) => ({ start: m.start, end: m.end, kind: m.value }));
}
