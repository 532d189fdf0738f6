import type { Formality } from '../plan/types';
import type { ToneAnalysis } from '../tone/types';
import { defineMessages } from './messages';
import { defineRule } from './rule';

const NB_LEVEL: Record<Formality, string> = { casual: 'uformell', neutral: 'nøytral', formal: 'formell' };

const MESSAGES = defineMessages({
  en: { off: (reads: Formality, wanted: Formality) => `Reads ${reads}; the brand's voice is ${wanted}.` },
  nb: { off: (reads: Formality, wanted: Formality) => `Teksten virker ${NB_LEVEL[reads]}, men merkevarens stemme er ${NB_LEVEL[wanted]}.` },
});

/** For a neutral brand: how far from 0 on the analyser's formality score (−1 very casual … +1 very formal) is "clearly off". */
export const CLEARLY_OFF = 0.9;

/**
 * "Clearly off": the draft reads as another register than the plan's, and far from it. For a
 * casual or formal brand that is the opposite end of the scale (a neutral draft is fine); for a
 * neutral brand only the extremes ("lol omg haha", "We hereby inform you… Kind regards").
 */
export function formalityClearlyOff(plan: Formality, draft: ToneAnalysis['formality']): boolean {
  if (plan === 'neutral') return draft.level !== 'neutral' && Math.abs(draft.score) >= CLEARLY_OFF;
  return draft.level !== plan && draft.level !== 'neutral';
}

export default defineRule({
  meta: {
    id: 'tone.formality',
    description: "The register is clearly off the plan's formality (formal for a casual brand, casual for a formal one, either extreme for a neutral one).",
    surfaces: ['post', 'comment'],
    fixable: false,
    severity: 'info',
  },
  check({ tone, plan, messageLocale }) {
    const analysis = tone();
    const wanted = plan.identity.voice.formality;
    if (!analysis || !formalityClearlyOff(wanted, analysis.formality)) return [];
    return [{ message: MESSAGES[messageLocale].off(analysis.formality.level, wanted) }];
  },
});
