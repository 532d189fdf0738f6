// The English lexicon (VADER, MIT — see LEXICONS.md) as a Map, and look-ups shared by the
// English and Norwegian analysers (emoticons and emoji mean the same in both).
import lexiconJson from './data/en-vader.json';
import { EMOJI_VALENCE, baseEmoji } from './emoji-valence';
import { hasRunOfThree, squeezeRuns } from './text-units';

export const LEXICON: ReadonlyMap<string, number> = new Map(lexiconJson.words as [string, number][]);

export const isEnglishEntry = (piece: string) => LEXICON.has(piece) || LEXICON.has(piece.toLowerCase());

/** Emoticons (":)", "D:", "<3") are the lexicon entries without a letter run of 2+. */
export const isEmoticon = (piece: string) => isEnglishEntry(piece) && !/\p{L}{2}/u.test(piece);

/** Valence of one token before context: the lexicon, then emoji, then de-stretched spellings. */
export function lexiconValence(lower: string, surface = lower): number | undefined {
  // Exact case first: the lexicon tells "D:" (horror) from "d:" (tongue out).
  const direct = LEXICON.get(surface) ?? (surface === lower ? undefined : LEXICON.get(lower));
  if (direct !== undefined) return direct;
  // Every emoji with a valence is at U+2000 or above; words need not be stripped and looked up.
  if (lower.charCodeAt(0) >= 0x2000) {
    const emoji = EMOJI_VALENCE.get(baseEmoji(lower));
    if (emoji !== undefined) return emoji;
  }
  if (lower.length > 3 && hasRunOfThree(lower)) {
    const v = LEXICON.get(squeezeRuns(lower, 2)) ?? LEXICON.get(squeezeRuns(lower, 1));
    if (v !== undefined) return v;
  }
  return undefined;
}
