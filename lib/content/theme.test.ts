import { describe, expect, it } from 'vitest';
import { isDarkColor } from './theme';

describe('isDarkColor', () => {
  it.each([
    ['rgb(255, 255, 255)', false],
    ['rgb(0, 0, 0)', true],
    ['rgb(21, 32, 43)', true],
    ['rgba(24, 25, 26, 1)', true],
    ['rgb(240 242 245)', false],
    ['rgba(0, 0, 0, 0)', undefined],
    ['transparent', undefined],
    ['rgb(0 0 0 / 10%)', undefined],
  ])('%s → %s', (color, dark) => {
    expect(isDarkColor(color)).toBe(dark);
  });
});
