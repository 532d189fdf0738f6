/**
 * Fits the exponent of nbStretch (sentiment-nb.ts): the power that makes Bokmål sentences score
 * like their English translations, by least squares over pairs where both sides are past the
 * neutral band on the same side. Used by scripts/nb-calibration.ts and its test; not shipped.
 */
import { NB_NEUTRAL_BAND, nbStretch } from './sentiment-nb';

export interface CalibrationPair {
  /** The English sentence's score (VADER). */
  en: number;
  /** The Bokmål sentence's score before the stretch. */
  nb: number;
}

/** The stretch undone: the model's own score of a shipped (stretched) one. */
export function unstretched(v: number, exponent: number): number {
  const edge = NB_NEUTRAL_BAND[1];
  const a = Math.abs(v);
  if (a <= edge) return v;
  return Math.sign(v) * (edge + (1 - edge) * ((a - edge) / (1 - edge)) ** (1 / exponent));
}

/** The exponent (0.2–1, in steps of 0.01) with the least squared difference, per side. */
export function fitStretch(pairs: readonly CalibrationPair[], side: 1 | -1): { exponent: number; pairs: number; before: number; after: number } {
  const edge = NB_NEUTRAL_BAND[1];
  const used = pairs.filter((p) => p.nb * side > edge && p.en * side > edge);
  const error = (exponent: number) => used.reduce((sum, p) => sum + (nbStretch(p.nb, exponent) - p.en) ** 2, 0);
  let best = 1;
  for (let k = 20; k <= 100; k++) if (error(k / 100) < error(best)) best = k / 100;
  return { exponent: best, pairs: used.length, before: error(1), after: error(best) };
}
