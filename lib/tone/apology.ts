// Apologies and empathy are not negative tone in a reply (SPEC §3): "We're so sorry to hear
// this" and "Beklager ventetiden" must not trip `tone.negative`. A clause that opens with an
// apology or empathy cue has its negative words neutralised up to the end of its sentence or
// a contrast ("but", "men"), so "Sorry for the delay, but you are wrong" still counts "wrong".
import type { Locale } from '../plan/types';

export interface ScopeToken {
  lower: string;
  /** `.`, `!` or `?` follows this token. */
  sentenceEnd: boolean;
}

const CUES: Record<Locale, string[][]> = {
  en: [
    'sorry',
    'apologize',
    'apologise',
    'apologies',
    'apologizing',
    'apologising',
    'regret to',
    'we regret',
    // English tokens drop one-letter words, so "I understand" is matched by what follows.
    'we understand',
    'understand how',
    'understand your',
    'understand that',
    'understand the',
    'we hear you',
    'that sounds frustrating',
    'sounds frustrating',
    'must be frustrating',
    // Empathy that names the trouble ("Oh no, that's not the experience we want", "That sounds
    // really annoying") and owning the mistake ("We should have done better").
    'oh no',
    'that sounds',
    'that must be',
    'that must have been',
    'we should have',
    'should have done better',
    'our mistake',
    'we messed up',
  ].map((c) => c.split(' ')),
  nb: [
    'beklager',
    'beklageligvis',
    'unnskyld',
    'unnskyldning',
    // Sentiment tokens drop one-letter words ("å"), so "leit å høre" is written "leit høre".
    'leit høre',
    'leit at',
    'synd høre',
    'synd at',
    'så leit',
    'vi forstår',
    'jeg forstår',
    'forstår godt',
    // "Å nei, så kjipt!", "Nei, så leit!": sympathy.
    'nei så',
    'uff',
    'huff',
    'det høres',
    'det må være',
    'det må ha vært',
    'vi burde ha',
    'vår feil',
    'vi har rotet',
  ].map((c) => c.split(' ')),
};

const CONTRASTS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['but', 'however', 'although', 'though']),
  nb: new Set(['men', 'derimot', 'selv om']),
};

// Cues by their first word: most tokens start none, and are answered by one look-up.
const BY_FIRST: Record<Locale, ReadonlyMap<string, string[][]>> = { en: byFirstWord(CUES.en), nb: byFirstWord(CUES.nb) };
function byFirstWord(cues: string[][]): ReadonlyMap<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const cue of cues) map.set(cue[0]!, [...(map.get(cue[0]!) ?? []), cue]);
  return map;
}

function cueAt(tokens: ScopeToken[], i: number, locale: Locale): boolean {
  const cues = BY_FIRST[locale].get(tokens[i]!.lower);
  return !!cues && cues.some((cue) => cue.every((word, k) => tokens[i + k]?.lower === word));
}

/** Marks the tokens inside apology/empathy clauses (their negative valence is dropped). */
export function apologyMask(tokens: ScopeToken[], locale: Locale): boolean[] {
  const mask = new Array<boolean>(tokens.length).fill(false);
  let inside = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (CONTRASTS[locale].has(token.lower)) inside = false;
    else if (!inside && cueAt(tokens, i, locale)) inside = true;
    mask[i] = inside;
    if (token.sentenceEnd) inside = false;
  }
  return mask;
}
