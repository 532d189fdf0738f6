import type { Formality } from '../plan/types';
import { defineRule } from './rule';

const RANK: Record<Formality, number> = { casual: 0, neutral: 1, formal: 2 };

/**
 * "Clearly off" (SPEC section 3): the opposite end of the scale from the plan's register — a
 * formal draft for a casual brand, a casual one for a formal brand. A neutral draft never fires
 * and a neutral plan accepts both ends, because one step is style, not a breach of the voice.
 */
export function formalityClearlyOff(plan: Formality, draft: Formality): boolean {
  return Math.abs(RANK[plan] - RANK[draft]) === 2;
}

export default defineRule({
  meta: {
    id: 'tone.formality',
    description: "The register is clearly off the plan's formality (formal for a casual brand, or casual for a formal one).",
    surfaces: ['post', 'comment'],
    fixable: false,
    severity: 'info',
  },
  check({ tone, plan }) {
    const analysis = tone();
    const wanted = plan.identity.voice.formality;
    if (!analysis || !formalityClearlyOff(wanted, analysis.formality.level)) return [];
    return [{ message: `Reads ${analysis.formality.level}; the brand's voice is ${wanted}.` }];
  },
});
