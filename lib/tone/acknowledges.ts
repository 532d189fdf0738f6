import type { Locale } from '../plan/types';
import { apologyMask, NO_CUE } from './apology';
import { isEmoticon } from './lexicon-en';
import { decodeEntities, sentimentTokens } from './sentiment-tokens';

/**
 * Does a reply apologise or show understanding ("Sorry to hear that", "I understand how annoying
 * that is", "Beklager ventetiden")? The same cues that keep an apology from reading as negative
 * (apology.ts). The tone chip asks only for a reply to a complaint, to say it answers it (QA20).
 */
export function acknowledges(text: string, locale: Locale): boolean {
  const decoded = decodeEntities(typeof text === 'string' ? text : '');
  const tokens = locale === 'nb' ? sentimentTokens(decoded, isEmoticon) : sentimentTokens(decoded);
  return apologyMask(tokens, locale === 'nb' ? 'nb' : 'en', decoded).some((cue) => cue !== NO_CUE);
}
