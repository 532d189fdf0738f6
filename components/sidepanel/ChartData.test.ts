import { describe, expect, it } from 'vitest';
import { sample } from './ChartData';

describe('sample', () => {
  it('keeps short series whole, and the first and last of long ones, evenly between', () => {
    expect(sample([1, 2, 3], 5)).toEqual([1, 2, 3]);
    const days = Array.from({ length: 91 }, (_, k) => k);
    const rows = sample(days, 31);
    expect(rows).toHaveLength(31);
    expect([rows[0], rows.at(-1)]).toEqual([0, 90]);
    expect(rows.slice(0, 4)).toEqual([0, 3, 6, 9]);
    expect(new Set(rows).size).toBe(31);
  });
});
