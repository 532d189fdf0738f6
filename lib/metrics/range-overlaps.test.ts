import { describe, expect, it } from 'vitest';
import { rangeOverlap } from './range-overlaps';
import type { WebSession } from './types';

const ranged = (from: string, to: string, source = 'facebook'): WebSession => ({ date: from, rangeEnd: to, source, sessions: 10 });
const daily = (date: string, source = 'facebook'): WebSession => ({ date, source, sessions: 10 });

describe('rangeOverlap: web sessions that would count twice', () => {
  it('two GA4 range downloads that share days', () => {
    expect(rangeOverlap([ranged('2027-01-15', '2027-02-14')], [ranged('2027-01-01', '2027-01-31'), ranged('2027-01-01', '2027-01-31', 'x')])).toEqual({ from: '2027-01-01', to: '2027-01-31' });
  });
  it('the same range downloaded again replaces, and ranges that only touch do not overlap', () => {
    expect(rangeOverlap([ranged('2027-01-01', '2027-01-31')], [ranged('2027-01-01', '2027-01-31')])).toBeUndefined();
    expect(rangeOverlap([ranged('2027-02-01', '2027-02-28')], [ranged('2027-01-01', '2027-01-31')])).toBeUndefined();
  });
  it('a range download beside day-by-day sessions of its days, either way round', () => {
    expect(rangeOverlap([ranged('2027-01-01', '2027-01-31')], [daily('2026-12-31'), daily('2027-01-10'), daily('2027-01-12', 'x'), daily('2027-02-01')])).toEqual({ from: '2027-01-10', to: '2027-01-12' });
    expect(rangeOverlap([daily('2027-01-10')], [ranged('2027-01-01', '2027-01-31'), ranged('2027-03-01', '2027-03-31')])).toEqual({ from: '2027-01-01', to: '2027-01-31' });
  });
  it('day-by-day rows beside day-by-day rows never (sources add up, a repeated day replaces)', () => {
    expect(rangeOverlap([daily('2027-01-10'), daily('2027-01-11')], [daily('2027-01-10', 'x'), daily('2027-01-10')])).toBeUndefined();
  });
  it('nothing incoming, nothing stored', () => {
    expect(rangeOverlap([], [ranged('2027-01-01', '2027-01-31')])).toBeUndefined();
    expect(rangeOverlap([ranged('2027-01-01', '2027-01-31')], [])).toBeUndefined();
  });
});
