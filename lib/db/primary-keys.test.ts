import { beforeEach, describe, expect, it } from 'vitest';
import type { MetricsData } from '../metrics/types';
import { BrandlineDb } from './database';
import { MetricsRepo } from './metrics-repo';
import { byPrimaryKey, compareKeys, withWritten } from './primary-keys';

const EMPTY: MetricsData = { snapshots: [], posts: [], sessions: [], campaignResults: [] };

describe('compareKeys and byPrimaryKey', () => {
  const cases: { a: string[]; b: string[]; expected: number }[] = [
    { a: ['x', '2027-01-01'], b: ['x', '2027-01-02'], expected: -1 },
    { a: ['facebook', '2027-12-31'], b: ['instagram', '2027-01-01'], expected: -1 },
    { a: ['ab', 'z'], b: ['abc', 'a'], expected: -1 },
    { a: ['p10'], b: ['p9'], expected: -1 },
    { a: ['B'], b: ['a'], expected: -1 },
    { a: ['x', ''], b: ['x', ''], expected: 0 },
    { a: ['x', 'a'], b: ['x', ''], expected: 1 },
  ];
  it.each(cases)('$a against $b: $expected', ({ a, b, expected }) => {
    expect(compareKeys(a, b)).toBe(expected);
    expect(compareKeys(b, a)).toBe(-expected || 0);
  });

  it('sorts and keeps the first of equal keys', () => {
    const rows = [{ k: 'b', n: 1 }, { k: 'a', n: 2 }, { k: 'b', n: 3 }];
    expect(byPrimaryKey(rows, (r) => [r.k])).toEqual([{ k: 'a', n: 2 }, { k: 'b', n: 1 }]);
  });
});

let n = 0;
let repo: MetricsRepo;
beforeEach(async () => {
  const db = new BrandlineDb(`keys-${n++}`);
  await db.open();
  repo = new MetricsRepo(db);
});

/** Writes that add rows before, between and after stored ones, replace some, and repeat keys. */
const BATCHES: MetricsData[] = [
  {
    snapshots: [{ channel: 'x', date: '2027-01-05', followers: 10 }, { channel: 'facebook', date: '2027-01-05', followers: 20 }],
    posts: [{ channel: 'x', postId: 'p5', publishedAt: '2027-01-05T10:00:00.000Z', contentType: 'photo', impressions: 5.5 }, { channel: 'instagram', postId: 'a', publishedAt: '2027-01-01T10:00:00.000Z', contentType: 'reel', reach: 1 }],
    sessions: [{ date: '2027-01-05', source: 'x', sessions: 3 }, { date: '2027-01-01', rangeEnd: '2027-01-31', source: 'facebook', sessions: 30 }],
    campaignResults: [{ campaignId: 'winter', date: '2027-01-05', spend: 10.1 }],
  },
  {
    snapshots: [{ channel: 'x', date: '2027-01-01', followers: 9 }, { channel: 'x', date: '2027-01-05', followers: 11 }, { channel: 'instagram', date: '2027-01-09', followers: 1 }],
    posts: [{ channel: 'x', postId: 'p10', publishedAt: '2027-01-06T10:00:00.000Z', contentType: 'link', impressions: 1, linkClicks: 0 }, { channel: 'x', postId: 'p5', publishedAt: '2027-01-05T10:00:00.000Z', contentType: 'photo', impressions: 6 }],
    sessions: [{ date: '2027-01-05', source: 'x', landingPage: '/a', sessions: 4 }, { date: '2027-01-05', source: 'x', sessions: 3 }, { date: '2027-01-05', source: 'x', sessions: 8 }],
    campaignResults: [{ campaignId: 'autumn', date: '2027-01-09', spend: 1 }, { campaignId: 'winter', date: '2027-01-04', spend: 2 }],
  },
  { ...EMPTY, snapshots: [{ channel: 'facebook', date: '2027-01-05', followers: 20 }] },
  { ...EMPTY, campaignResults: [{ campaignId: 'winter', date: '2027-01-05', spend: 10.1, clicks: 4 }] },
];

describe('withWritten', () => {
  it('gives, after each write, what loadAll reads back, in the same order', async () => {
    let cache = await repo.loadAll();
    for (const batch of BATCHES) {
      let rows: MetricsData | undefined;
      await repo.store(batch, (written) => (rows = written));
      cache = withWritten(cache, rows!);
      expect(JSON.stringify(cache)).toBe(JSON.stringify(await repo.loadAll()));
    }
  });

  it('hands over only rows that were added or changed', async () => {
    const seen: MetricsData[] = [];
    await repo.store(BATCHES[0]!, (rows) => seen.push(rows));
    await repo.store(BATCHES[0]!, (rows) => seen.push(rows));
    expect(seen[1]).toEqual(EMPTY);
    expect(seen[0]!.sessions).toHaveLength(2);
  });
});
