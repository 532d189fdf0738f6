import { describe, expect, it } from 'vitest';
import { nearestCounts, unusualFollowers, unusualSpend } from './plausibility';
import type { AccountSnapshot } from './types';

const snapshots: AccountSnapshot[] = [
  { channel: 'x', date: '2027-01-01', followers: 10000 },
  { channel: 'x', date: '2027-01-10', followers: 10450 },
  { channel: 'x', date: '2027-01-20', followers: 10900 },
  { channel: 'instagram', date: '2027-01-15', followers: 50 },
];

describe('nearestCounts', () => {
  it('takes the closest stored count on each side, on the same channel, never the day itself', () => {
    expect(nearestCounts(snapshots, 'x', '2027-01-12')).toEqual({ before: { date: '2027-01-10', followers: 10450 }, after: { date: '2027-01-20', followers: 10900 } });
    expect(nearestCounts(snapshots, 'x', '2027-01-10')).toEqual({ before: { date: '2027-01-01', followers: 10000 }, after: { date: '2027-01-20', followers: 10900 } });
    expect(nearestCounts(snapshots, 'x', '2027-02-01')).toEqual({ before: { date: '2027-01-20', followers: 10900 } });
    expect(nearestCounts(snapshots, 'facebook', '2027-02-01')).toEqual({});
  });
});

describe('unusualFollowers', () => {
  const near = { before: { date: '2027-01-10', followers: 10450 } };
  it.each([
    [104500, true], // a digit too many
    [1045, true], // a digit too few
    [31350, true], // ×3
    [20000, false], // a very good week
    [10700, false],
    [0, true],
  ])('%d after 10,450 is unusual: %s', (value, unusual) => {
    expect(unusualFollowers(value, near) !== undefined).toBe(unusual);
  });

  it('lets small accounts move by large factors', () => {
    expect(unusualFollowers(200, { before: { date: '2027-01-15', followers: 50 } })).toBeUndefined();
    expect(unusualFollowers(5000, { before: { date: '2027-01-15', followers: 50 } })).toEqual({ date: '2027-01-15', followers: 50 });
  });

  it('names the count on the far side too, and says nothing without a stored count', () => {
    expect(unusualFollowers(1000, { after: { date: '2027-01-20', followers: 10900 } })).toEqual({ date: '2027-01-20', followers: 10900 });
    expect(unusualFollowers(123456, {})).toBeUndefined();
  });
});

describe('unusualSpend', () => {
  it.each([
    [45075, 30000, true], // "450,75" read as 45,075
    [450.75, 30000, false],
    [30000, 30000, false],
    [10, undefined, false], // a campaign the plan does not list
    [10, 0, false], // no budget planned
  ])('%d against a budget of %s: %s', (spend, budget, unusual) => expect(unusualSpend(spend, budget)).toBe(unusual));
});
