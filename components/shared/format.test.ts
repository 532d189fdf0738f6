import { describe, expect, it } from 'vitest';
import { splitList } from './fields';
import { today } from './format';

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
