/**
 * Fits the exponent of nbStretch (sentiment-nb.ts): the power that makes Bokmål sentences score
 * like their English translations, by least squares over hand-written pairs. Used by
 * scripts/nb-calibration.ts and its test; not shipped.
 */
import { NB_EDGE_SLOPE, NB_NEUTRAL_BAND, NB_STRETCH, nbStretch } from './sentiment-nb';

export interface CalibrationPair {
  /** The English sentence's score (VADER). */
  en: number;
  /** The Bokmål sentence's score before the stretch. */
  nb: number;
}

/** The stretch undone: the model's own score of a shipped (stretched) one (both branches are monotone). */
export function unstretched(v: number, exponent = NB_STRETCH, slope = NB_EDGE_SLOPE): number {
  const edge = NB_NEUTRAL_BAND[1];
  const a = Math.abs(v);
  if (a <= edge) return v;
  const viaSlope = edge + (a - edge) / slope;
  const viaPower = edge + (1 - edge) * ((a - edge) / (1 - edge)) ** (1 / exponent);
  // The bend is the lower of the two branches, so its inverse is the higher.
  return Math.sign(v) * Math.max(viaSlope, viaPower);
}

/**
 * The exponent (0.2–1, in steps of 0.01) with the least squared difference over every pair (the
 * neutral and weak ones too: they keep the bend from stretching noise), at the given edge slope.
 */
export function fitStretch(pairs: readonly CalibrationPair[], slope = NB_EDGE_SLOPE): { exponent: number; pairs: number; before: number; after: number } {
  const error = (exponent: number) => pairs.reduce((sum, p) => sum + (nbStretch(p.nb, exponent, slope) - p.en) ** 2, 0);
  let best = 1;
  for (let k = 20; k <= 100; k++) if (error(k / 100) < error(best)) best = k / 100;
  return { exponent: best, pairs: pairs.length, before: pairs.reduce((sum, p) => sum + (p.nb - p.en) ** 2, 0), after: error(best) };
}
