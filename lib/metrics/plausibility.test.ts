import { describe, expect, it } from 'vitest';
import { nearestCounts, spentOtherDays, unusualFollowers, unusualSpend } from './plausibility';
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
    [45075, 30000, 0, 'day'], // "450,75" read as 45,075
    [450.75, 30000, 0, undefined],
    [30000, 30000, 0, undefined],
    [10, undefined, 0, undefined], // a campaign the plan does not list
    [10, 0, 0, undefined], // no budget planned
    [2700, 30000, 27300, undefined], // exactly the budget
    [2701, 30000, 27300, 'total'], // the day that takes it past
    [45075, 30000, 27000, 'day'],
    [100, 30000, 30500, undefined], // already past: the side panel's pacing says so
  ])('%d against a budget of %s with %d spent on other days: %s', (spend, budget, elsewhere, unusual) => expect(unusualSpend(spend, budget, elsewhere)).toBe(unusual));
});

describe('spentOtherDays', () => {
  const results = [
    { campaignId: 'winter-2027', date: '2027-01-10', spend: 100 },
    { campaignId: 'winter-2027', date: '2027-01-11', spend: 250.5 },
    { campaignId: 'Winter 2027', date: '2027-01-12', spend: 50 }, // stored under its name
    { campaignId: 'spring-2027', date: '2027-01-12', spend: 999 },
  ];
  it('adds the campaign\'s other days, names resolved as the snapshot does', () => {
    expect(spentOtherDays(results, 'winter-2027', '2027-01-11')).toBe(100);
    expect(spentOtherDays(results, 'winter-2027', '2027-01-20', (raw) => (raw === 'Winter 2027' ? 'winter-2027' : raw))).toBe(400.5);
    expect(spentOtherDays([], 'winter-2027', '2027-01-11')).toBe(0);
  });
});
