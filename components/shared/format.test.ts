import { describe, expect, it } from 'vitest';
import { splitList } from './fields';
import { formatDayRange as formatRange, today } from './format';

describe('splitList', () => {
  it.each([
    { text: 'warm, confident,curious', separator: ',' as const, list: ['warm', 'confident', 'curious'] },
    { text: 'warm, ', separator: ',' as const, list: ['warm'] },
    { text: '', separator: ',' as const, list: [] },
    { text: 'food poisoning\n\n recall \n', separator: '\n' as const, list: ['food poisoning', 'recall'] },
    { text: 'Order now, today', separator: '\n' as const, list: ['Order now, today'] },
  ])('$text', ({ text, separator, list }) => {
    expect(splitList(text, separator)).toEqual(list);
  });
});

describe('today', () => {
  it('is the local calendar date', () => {
    expect(today(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(today(new Date(2027, 11, 31, 0, 1))).toBe('2027-12-31');
  });
});

describe('formatDayRange', () => {
  // ICU puts thin spaces around the dash.
  const formatDayRange = (from: string, to: string) => formatRange(from, to).replace(/\u2009/g, ' ');

  it('writes one day once, and shares what the two ends share', () => {
    expect(formatDayRange('2026-01-20', '2026-01-20')).toBe('Jan 20, 2026');
    expect(formatDayRange('2026-01-20', '2026-01-27')).toBe('Jan 20 – 27, 2026');
    expect(formatDayRange('2025-12-20', '2026-01-27')).toBe('Dec 20, 2025 – Jan 27, 2026');
  });

  it('falls back to two dates for what is no range', () => {
    expect(formatDayRange('2026-01-27', '2026-01-20')).toBe('Jan 27, 2026 – Jan 20, 2026');
    expect(formatDayRange('someday', '2026-01-20')).toBe('someday – Jan 20, 2026');
  });
});
