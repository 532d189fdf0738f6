import { describe, expect, it } from 'vitest';
import { applyFix, applyFixes, fixesLastFirst, fixesOverlap } from './apply-fix';

describe('applyFix', () => {
  it.each([
    ['Users love it', { start: 0, end: 5, text: 'Coffee lovers' }, 'Coffee lovers love it'],
    ['Hi', { start: 2, end: 2, text: ' #NordlysCoffee' }, 'Hi #NordlysCoffee'],
    ['a #x b', { start: 1, end: 4, text: '' }, 'a b'],
  ])('%j', (text, fix, out) => expect(applyFix(text, fix)).toBe(out));

  it.each([{ start: -1, end: 0 }, { start: 2, end: 1 }, { start: 0, end: 9 }, { start: 0.5, end: 1 }])('rejects the range %j', (range) => {
    expect(() => applyFix('abc', { ...range, text: '' })).toThrow(RangeError);
  });
});

describe('fixes', () => {
  it('overlap when they share a character or insert at one point', () => {
    expect(fixesOverlap({ start: 0, end: 3, text: '' }, { start: 2, end: 4, text: '' })).toBe(true);
    expect(fixesOverlap({ start: 3, end: 3, text: 'a' }, { start: 3, end: 3, text: 'b' })).toBe(true);
    expect(fixesOverlap({ start: 0, end: 3, text: '' }, { start: 3, end: 4, text: '' })).toBe(false);
    expect(fixesOverlap({ start: 1, end: 5, text: '' }, { start: 2, end: 2, text: '' })).toBe(true);
  });

  it('apply together from the end, skipping overlapping ones', () => {
    expect(applyFixes('ab cd ef', [{ start: 6, end: 8, text: 'EF' }, { start: 0, end: 2, text: 'AB' }, { start: 1, end: 4, text: '!' }])).toBe('AB cd EF');
  });

  it('go in last first, the earlier of two overlapping ones kept', () => {
    const a = { start: 0, end: 2, text: 'AB' };
    const b = { start: 1, end: 4, text: '!' };
    const c = { start: 6, end: 8, text: 'EF' };
    const d = { start: 8, end: 8, text: '#x' };
    expect(fixesLastFirst([c, a, d, b])).toEqual([d, c, a]);
    expect(fixesLastFirst([])).toEqual([]);
  });
});
