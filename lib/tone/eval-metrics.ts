// Agreement measures used by eval/tone.eval.ts and scripts/derive-nb-lexicon.ts. Not part of
// the extension bundle (nothing in the product imports this file).

export function pearson(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n < 2) return NaN;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - ma;
    const db = b[i]! - mb;
    ab += da * db;
    aa += da * da;
    bb += db * db;
  }
  return ab / Math.sqrt(aa * bb);
}

/** Mean of the per-class F1 scores over `classes` (a class never predicted nor present scores 0). */
export function macroF1<L extends string>(gold: readonly L[], predicted: readonly L[], classes: readonly L[]): number {
  let total = 0;
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i] === c;
      const p = predicted[i] === c;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    total += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return total / classes.length;
}

export type Polarity = 'positive' | 'neutral' | 'negative';

export function threeClass(score: number, [low, high]: readonly [number, number]): Polarity {
  return score < low ? 'negative' : score > high ? 'positive' : 'neutral';
}
