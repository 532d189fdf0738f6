import { describe, expect, it } from 'vitest';
import { macroF1, pearson, threeClass } from './eval-metrics';

describe('pearson', () => {
  it.each([
    [[1, 2, 3], [2, 4, 6], 1],
    [[1, 2, 3], [3, 2, 1], -1],
    [[1, 2, 3, 4], [1, 3, 2, 4], 0.8],
  ])('%j vs %j → %d', (a, b, r) => {
    expect(pearson(a, b)).toBeCloseTo(r, 10);
  });
});

describe('macroF1', () => {
  it('averages per-class F1', () => {
    const gold = ['p', 'p', 'n', 'n'] as const;
    expect(macroF1(gold, ['p', 'p', 'n', 'n'], ['p', 'n'])).toBe(1);
    // p: tp1 fp0 fn1 → 2/3; n: tp2 fp1 fn0 → 4/5.
    expect(macroF1(gold, ['p', 'n', 'n', 'n'], ['p', 'n'])).toBeCloseTo((2 / 3 + 4 / 5) / 2, 10);
  });
});

describe('threeClass', () => {
  it.each([
    [-0.5, 'negative'],
    [0, 'neutral'],
    [0.1, 'neutral'],
    [0.2, 'positive'],
  ] as const)('%d → %s', (score, label) => {
    expect(threeClass(score, [-0.1, 0.1])).toBe(label);
  });
});
