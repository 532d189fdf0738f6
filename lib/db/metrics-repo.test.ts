import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MetricsData } from '../metrics/types';
import { BrandlineDb } from './database';
import { MetricsRepo, eraseEverything } from './metrics-repo';

const EMPTY: MetricsData = { snapshots: [], posts: [], sessions: [], campaignResults: [] };
let n = 0;
let db: BrandlineDb;
let repo: MetricsRepo;

beforeEach(async () => {
  db = new BrandlineDb(`metrics-${n++}`);
  await db.open();
  repo = new MetricsRepo(db);
});

const SAMPLE: MetricsData = {
  snapshots: [{ channel: 'x', date: '2027-01-01', followers: 100 }],
  posts: [{ channel: 'facebook', postId: 'a', publishedAt: '2027-01-03T10:00:00.000Z', contentType: 'photo', reach: 10, reactions: 2 }],
  sessions: [
    { date: '2027-01-01', source: 'facebook', sessions: 5 },
    { date: '2027-01-01', source: 'facebook', landingPage: '/shop', sessions: 7, conversions: 1 },
  ],
  campaignResults: [{ campaignId: 'winter', date: '2027-01-05', spend: 100 }],
};

describe('MetricsRepo.store', () => {
  it('a re-export without a column keeps what the stored post had for it (QA29 M6)', async () => {
    const post = { channel: 'facebook' as const, postId: 'a', publishedAt: '2027-01-03T10:00:00.000Z', contentType: 'photo' as const, impressions: 100, linkClicks: 7 };
    await repo.store({ ...EMPTY, posts: [post] });
    const { linkClicks: _dropped, ...narrower } = post;
    expect(await repo.store({ ...EMPTY, posts: [{ ...narrower, impressions: 150 }] })).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await repo.loadAll()).posts).toEqual([{ ...post, impressions: 150 }]);
    // The same narrower file again changes nothing.
    expect(await repo.store({ ...EMPTY, posts: [{ ...narrower, impressions: 150 }] })).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });

  const cases: { name: string; first: MetricsData; second: MetricsData; counts: { added: number; updated: number; unchanged: number } }[] = [
    { name: 'the same file twice adds nothing', first: SAMPLE, second: SAMPLE, counts: { added: 0, updated: 0, unchanged: 5 } },
    {
      name: 'a newer export replaces changed rows',
      first: SAMPLE,
      second: { ...SAMPLE, snapshots: [{ channel: 'x', date: '2027-01-01', followers: 101 }] },
      counts: { added: 0, updated: 1, unchanged: 4 },
    },
    {
      name: 'another channel on the same date is a new row',
      first: SAMPLE,
      second: { ...EMPTY, snapshots: [{ channel: 'instagram', date: '2027-01-01', followers: 100 }] },
      counts: { added: 1, updated: 0, unchanged: 0 },
    },
    {
      name: 'a record added up from rows (with sessionsWith) is unchanged when imported again',
      first: { ...SAMPLE, sessions: [...SAMPLE.sessions, { date: '2027-01-09', source: 'facebook', sessions: 15, conversions: 1, sessionsWith: { conversions: 10 } }] },
      second: { ...EMPTY, sessions: [{ date: '2027-01-09', source: 'facebook', sessions: 15, conversions: 1, sessionsWith: { conversions: 10 } }] },
      counts: { added: 0, updated: 0, unchanged: 1 },
    },
    {
      name: 'a GA4 range row differs from a dated row by its range end',
      first: SAMPLE,
      second: { ...EMPTY, sessions: [{ date: '2027-01-01', rangeEnd: '2027-01-31', source: 'facebook', sessions: 5 }] },
      counts: { added: 1, updated: 0, unchanged: 0 },
    },
  ];
  it.each(cases)('$name', async ({ first, second, counts }) => {
    const records = first.snapshots.length + first.posts.length + first.sessions.length + first.campaignResults.length;
    expect(await repo.store(first)).toEqual({ added: records, updated: 0, unchanged: 0 });
    expect(await repo.store(second)).toEqual(counts);
  });

  it('stores nothing of a batch when one record cannot be stored', async () => {
    await repo.store(SAMPLE);
    const tables = async () => ({ snapshots: await db.snapshots.toArray(), posts: await db.posts.toArray(), sessions: await db.webSessions.toArray(), campaignResults: await db.campaignResults.toArray() });
    const before = await tables();
    const broken = {
      ...EMPTY,
      // Good rows for the tables written first…
      snapshots: [{ channel: 'x', date: '2027-02-01', followers: 1 }],
      posts: [{ channel: 'x', postId: 'new', publishedAt: '2027-02-01T10:00:00.000Z', contentType: 'text', impressions: 1 }],
      // …and, in the table written last, a key part that is not a valid IndexedDB key: the
      // failure comes after the other tables were written, inside the one transaction.
      campaignResults: [{ campaignId: 'winter', date: '2027-02-01', spend: 1 }, { campaignId: null, date: '2027-02-02', spend: 2 }],
    } as unknown as MetricsData;
    await expect(repo.store(broken)).rejects.toThrow();
    // The tables themselves (loadAll would answer from the records copy).
    expect(await tables()).toEqual(before);
    expect(await repo.loadAll()).toEqual(SAMPLE);
  });

  it('gives records back as they came in, without key fields', async () => {
    await repo.store(SAMPLE);
    expect(await repo.loadAll()).toEqual(SAMPLE);
    expect(await repo.summary()).toEqual({ snapshots: 1, posts: 1, webSessions: 2, campaignResults: 1 });
  });

  it('answers range queries by index, dates inclusive', async () => {
    await repo.store({
      ...EMPTY,
      snapshots: ['2027-01-01', '2027-01-02', '2027-01-03'].map((date, i) => ({ channel: 'x' as const, date, followers: i })),
      posts: ['2027-01-01T00:00:00.000Z', '2027-01-02T23:59:59.000Z', '2027-01-03T00:00:00.000Z'].map((publishedAt, i) => ({ channel: 'x' as const, postId: String(i), publishedAt, contentType: 'other' as const })),
    });
    expect((await repo.snapshotsInRange('x', '2027-01-02', '2027-01-03')).map((s) => s.followers)).toEqual([1, 2]);
    expect((await repo.postsInRange('x', '2027-01-01', '2027-01-02')).map((p) => p.postId)).toEqual(['0', '1']);
    expect(await repo.postsInRange('facebook', '2027-01-01', '2027-01-03')).toEqual([]);
  });

  it('erases everything', async () => {
    await repo.store(SAMPLE);
    await db.plans.put({ id: 'p', name: 'P', plan: {} as never, raw: {}, createdAt: 1, updatedAt: 1 });
    await eraseEverything(db);
    expect(await repo.summary()).toEqual({ snapshots: 0, posts: 0, webSessions: 0, campaignResults: 0 });
    expect(await db.plans.count()).toBe(0);
  });
});

describe('MetricsRepo.store with big files', () => {
  it('counts the same way when it reads the whole table instead of single keys', async () => {
    const posts = Array.from({ length: 2_500 }, (_, i) => ({ channel: 'x' as const, postId: `p${i}`, publishedAt: '2027-01-10T12:00:00.000Z', contentType: 'other' as const, impressions: i }));
    expect(await repo.store({ ...EMPTY, posts })).toEqual({ added: 2_500, updated: 0, unchanged: 0 });
    const newer = posts.map((p, i) => (i < 100 ? { ...p, impressions: p.impressions + 1 } : p));
    expect(await repo.store({ ...EMPTY, posts: [...newer, { ...posts[0]!, postId: 'new' }] })).toEqual({ added: 1, updated: 100, unchanged: 2_400 });
    expect((await repo.loadAll()).posts.find((p) => p.postId === 'p5')?.impressions).toBe(6);
  });
});

describe('MetricsRepo.logCampaignDay', () => {
  it('hands its rows to the cache only once its transaction has committed (QA15)', async () => {
    const seen: string[] = [];
    const failing = repo.logCampaignDay({ campaignId: 'winter', date: '2027-01-05', spend: 999 }, (c) => c, () => {
      seen.push(Dexie.currentTransaction ? 'inside the transaction' : 'after the commit');
      // Handed over inside the transaction (as before), a failure at commit would abort it here.
      Dexie.currentTransaction?.abort();
    });
    await expect(failing).resolves.toBeDefined();
    expect(seen).toEqual(['after the commit']);
    expect(await db.campaignResults.where('date').equals('2027-01-05').count()).toBe(1);
  });

  const imported = { campaignId: 'Winter blend launch', date: '2027-01-05', spend: 500, clicks: 40, revenue: 2000 };
  const idOf = (raw: string) => (raw.toLowerCase() === 'winter blend launch' ? 'winter' : raw);

  it('keeps the figures stored for the day, under the id or the name, and sets the logged ones', async () => {
    await repo.store({ ...EMPTY, campaignResults: [imported] });
    expect(await repo.logCampaignDay({ campaignId: 'winter', date: '2027-01-05', spend: 450 }, idOf)).toEqual({ added: 1, updated: 0, unchanged: 0 });
    const rows = (await repo.loadAll()).campaignResults;
    expect(rows.find((r) => r.campaignId === 'winter')).toEqual({ campaignId: 'winter', date: '2027-01-05', spend: 450, clicks: 40, revenue: 2000 });
    // The row under the id counts from now on, and a second log merges with it.
    await repo.logCampaignDay({ campaignId: 'winter', date: '2027-01-05', spend: 460 }, idOf);
    expect((await repo.loadAll()).campaignResults.find((r) => r.campaignId === 'winter')).toMatchObject({ spend: 460, revenue: 2000 });
  });

  it('keeps what an import knew about split rows only for the figures not logged by hand', async () => {
    await repo.store({ ...EMPTY, campaignResults: [{ campaignId: 'winter', date: '2027-01-05', spend: 400, clicks: 50, revenue: 900, spendWith: { clicks: 100, revenue: 300 } }] });
    await repo.logCampaignDay({ campaignId: 'winter', date: '2027-01-05', spend: 450, clicks: 120 }, idOf);
    expect((await repo.loadAll()).campaignResults).toEqual([{ campaignId: 'winter', date: '2027-01-05', spend: 450, clicks: 120, revenue: 900, spendWith: { revenue: 300 } }]);
    // A lower spend logged later keeps what the import's rows covered (spendFor caps it at use),
    // so logging the spend back restores the import's rates.
    await repo.logCampaignDay({ campaignId: 'winter', date: '2027-01-05', spend: 200 }, idOf);
    expect((await repo.loadAll()).campaignResults[0]?.spendWith).toEqual({ revenue: 300 });
  });

  it('reads and writes in one transaction, so an import of the same day at the same time is never undone', async () => {
    const day = { ...imported, campaignId: 'winter' };
    await Promise.all([repo.logCampaignDay({ campaignId: 'winter', date: '2027-01-05', spend: 450 }, idOf), repo.store({ ...EMPTY, campaignResults: [day] })]);
    expect((await repo.loadAll()).campaignResults).toEqual([expect.objectContaining({ campaignId: 'winter', clicks: 40, revenue: 2000 })]);
  });
});
