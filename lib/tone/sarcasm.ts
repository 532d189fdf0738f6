// Sarcastic thanks ("Thanks for nothing", "Takk for ingenting"): fixed idioms whose words are
// praise and whose meaning is the opposite. One list serves three readers: the sentiment of the
// draft (the praise of that sentence turns negative), `tone.hostile` (a brand that writes it is
// dismissive) and the complaint cues of the comment answered.
import type { Locale } from '../plan/types';
import { phraseAt, phraseStarts, type PhraseStarts } from './phrase-starts';
import type { SentimentToken } from './sentiment-tokens';

export const SARCASTIC_THANKS: Record<Locale, readonly string[]> = {
  en: 'thanks for nothing|thanks a lot for nothing|thanks so much for nothing|thanks again for nothing|thank you for nothing|thank you so much for nothing|thank you very much for nothing|thx for nothing|thanks for nada'.split('|'),
  nb: 'takk for ingenting|takk for ingen ting|takk for null og niks|tusen takk for ingenting|takk skal du ha for ingenting|takk skal dere ha for ingenting|takk igjen for ingenting'.split('|'),
};

/** Each idiom as words, grouped by its first word, for matching on sentiment tokens. */
const BY_FIRST: Record<Locale, PhraseStarts> = { en: phraseStarts(SARCASTIC_THANKS.en), nb: phraseStarts(SARCASTIC_THANKS.nb) };

/** A word's clear polarity: 1 praise, −1 criticism, 0 neither. Each reader passes its lexicon's. */
export type Polarity = (lower: string) => number;

/** "Nothing but / except / short of / less than", "ingenting annet enn / unntatt / bortsett fra": "only". */
const ONLY = new Set(['but', 'except', 'short', 'less', 'annet', 'unntatt', 'bortsett']);
/** How far after "but" the first word with a polarity is looked for ("nothing but good vibes"). */
const ONLY_REACH = 4;

/**
 * "Thanks for nothing but good vibes", "nothing short of amazing": "only" whose first word with a
 * polarity praises is thanks, no sarcasm. "Thanks for nothing but excuses", "… but empty
 * promises", "… annet enn lang ventetid" stay sarcasm.
 */
export function meansOnly(words: readonly { lower: string; breakAfter: boolean }[], last: number, polarity: Polarity): boolean {
  if (words[last]!.breakAfter || !ONLY.has(words[last + 1]?.lower ?? '')) return false;
  for (let k = last + 2; k < Math.min(words.length, last + 2 + ONLY_REACH); k++) {
    const p = polarity(words[k]!.lower);
    if (p !== 0) return p > 0;
    if (words[k]!.breakAfter) break;
  }
  return false;
}

const OPENING_QUOTES = new Set(['"', '“', '«', '„', "'", '‘']);
const CLOSING_QUOTES = new Set(['"', '”', '»', '“', "'", '’']);

/**
 * Is text[start, end) in quotation marks: said about the words, not saying them ("We never want
 * anyone to feel «takk for ingenting»", "\"Thanks for nothing\" is not what we want you to feel")?
 */
export function quoted(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && text[before] === ' ') before--;
  // The closing mark may follow the sentence's own punctuation ("… for nothing." or "… for nothing".).
  const after = /^[\s.,!?]*(.)/u.exec(text.slice(end, end + 8))?.[1] ?? '';
  return before >= 0 && OPENING_QUOTES.has(text[before]!) && CLOSING_QUOTES.has(after);
}

/** Does one of the idioms start at token i, inside one clause, and not in quotation marks? */
function idiomAt(tokens: readonly SentimentToken[], i: number, byFirst: PhraseStarts, polarity: Polarity, text: string): boolean {
  const n = phraseAt(tokens, i, byFirst);
  if (!n) return false;
  const last = i + n - 1;
  return !meansOnly(tokens, last, polarity) && !quoted(text, tokens[i]!.start, tokens[last]!.end);
}

/**
 * Which tokens stand in a sentence that holds a sarcastic thanks, or right beside one: their
 * praise is meant the other way ("Wow, thanks for nothing.", "Great service. Thanks for nothing."
 * — neither "wow" nor "great" is delight). Null when there is none (the usual case).
 */
export function sarcasticSentences(tokens: readonly SentimentToken[], locale: Locale, polarity: Polarity, text = ''): Uint8Array | null {
  const byFirst = BY_FIRST[locale];
  // Which sentences hold an idiom; nothing is allocated for a text without one (every keystroke).
  let holding: Set<number> | undefined;
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (idiomAt(tokens, i, byFirst, polarity, text)) (holding ??= new Set()).add(sentence);
    if (tokens[i]!.sentenceEnd) sentence++;
  }
  if (!holding) return null;
  const mask = new Uint8Array(tokens.length);
  sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (holding.has(sentence) || holding.has(sentence - 1) || holding.has(sentence + 1)) mask[i] = 1;
    if (tokens[i]!.sentenceEnd) sentence++;
  }
  return mask;
}
