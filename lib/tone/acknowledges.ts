import type { Locale } from '../plan/types';
import { apologyMask, NO_CUE } from './apology';
import { isEmoticon } from './lexicon-en';
import { nonApologySpans } from './hostility';
import { decodeEntities, sentimentTokens } from './sentiment-tokens';
import { wordTokens } from './words';

/**
 * Does a reply apologise or show understanding ("Sorry to hear that", "I understand how annoying
 * that is", "Beklager ventetiden")? The same cues that keep an apology from reading as negative
 * (apology.ts). The tone chip asks only for a reply to a complaint, to say it answers it (QA20).
 */
export function acknowledges(text: string, locale: Locale): boolean {
  const lang: Locale = locale === 'nb' ? 'nb' : 'en';
  let input = typeof text === 'string' ? text : '';
  // "Sorry you feel that way" apologises for nothing: its words are blanked out (same length, so
  // nothing else moves) before the cues are looked for (rev26).
  for (const { start, end } of nonApologySpans(wordTokens(input), lang)) input = input.slice(0, start) + ' '.repeat(end - start) + input.slice(end);
  const decoded = decodeEntities(input);
  const tokens = lang === 'nb' ? sentimentTokens(decoded, isEmoticon) : sentimentTokens(decoded);
  return apologyMask(tokens, lang, decoded).some((cue) => cue !== NO_CUE);
}
