import { describe, expect, it } from 'vitest';
import { LineIndex } from './lines';

describe('LineIndex', () => {
  it('finds the line of every offset, and where lines start', () => {
    const text = 'ab\ncd\r\n\nlast';
    const lines = new LineIndex(text);
    expect([0, 2, 3, 5, 6, 7, 8, 11].map((offset) => lines.lineOf(offset))).toEqual([0, 0, 1, 1, 1, 2, 3, 3]);
    expect([0, 1, 2, 3].map((line) => lines.startOf(line))).toEqual([0, 3, 7, 8]);
    expect(new LineIndex('').lineOf(0)).toBe(0);
  });
});
