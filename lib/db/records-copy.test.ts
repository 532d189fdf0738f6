import { beforeEach, describe, expect, it } from 'vitest';
import type { MetricsData } from '../metrics/types';
import { BrandlineDb } from './database';
import { MetricsRepo, eraseEverything } from './metrics-repo';
import { fromStoredPost, fromStoredSession, metricsVersion, readRecordsCopy, saveRecordsCopy } from './records-copy';

const EMPTY: MetricsData = { snapshots: [], posts: [], sessions: [], campaignResults: [] };
const SAMPLE: MetricsData = {
  snapshots: [{ channel: 'x', date: '2027-01-01', followers: 100 }],
  posts: [{ channel: 'facebook', postId: 'a', publishedAt: '2027-01-03T10:00:00.000Z', contentType: 'photo', reach: 10, reactions: -0 }],
  sessions: [{ date: '2027-01-01', rangeEnd: '2027-01-31', source: 'facebook', sessions: 5 }],
  campaignResults: [{ campaignId: 'winter', date: '2027-01-05', spend: 100.1 }],
};

let n = 0;
let db: BrandlineDb;
let repo: MetricsRepo;

beforeEach(async () => {
  db = new BrandlineDb(`copy-${n++}`);
  await db.open();
  repo = new MetricsRepo(db);
});

/** What the four tables hold, read past the copy. */
async function tables(): Promise<MetricsData> {
  return {
    snapshots: await db.snapshots.toArray(),
    posts: (await db.posts.toArray()).map(fromStoredPost),
    sessions: (await db.webSessions.toArray()).map(fromStoredSession),
    campaignResults: await db.campaignResults.toArray(),
  };
}

/** loadAll saves its copy in a later task. */
const saved = () => new Promise((resolve) => setTimeout(resolve, 20));
const exact = (value: unknown) => JSON.stringify(value);

describe('the one-row copy of every metric record', () => {
  it('starts empty in a new database and follows the first import', async () => {
    expect(await readRecordsCopy(db)).toEqual(EMPTY);
    await repo.store(SAMPLE);
    expect(exact(await readRecordsCopy(db))).toBe(exact(await tables()));
  });

  it('is taken after a read of the tables, exactly as read, and answers the next loadAll', async () => {
    await repo.store(SAMPLE);
    // As in a database upgraded from version 2, which has no copy.
    await db.recordsCopy.delete('records');
    const read = await repo.loadAll();
    await saved();
    const copy = await readRecordsCopy(db);
    expect(copy).toEqual(read);
    expect(Object.is(copy?.posts[0]?.reactions, -0)).toBe(true);
    // A current copy is what loadAll answers: a copy with other content shows it is used.
    const marked = { ...read, snapshots: [{ channel: 'x' as const, date: '2000-01-01', followers: 1 }] };
    expect(await saveRecordsCopy(db, await metricsVersion(db), marked)).toBe(true);
    expect(await repo.loadAll()).toEqual(marked);
  });

  const writes: { name: string; write: () => Promise<unknown>; bumps: boolean }[] = [
    { name: 'an import with new rows', write: () => repo.store({ ...EMPTY, snapshots: [{ channel: 'x', date: '2026-12-31', followers: 99 }, { channel: 'x', date: '2027-01-02', followers: 101 }] }), bumps: true },
    { name: 'an import with a changed row', write: () => repo.store({ ...EMPTY, campaignResults: [{ campaignId: 'winter', date: '2027-01-05', spend: 100.2 }] }), bumps: true },
    { name: 'an import of sessions between stored ones', write: () => repo.store({ ...EMPTY, sessions: [{ date: '2027-01-01', source: 'facebook', sessions: 1 }, { date: '2027-01-01', source: 'x', landingPage: '/a', sessions: 2 }] }), bumps: true },
    { name: 'the same file again', write: () => repo.store(SAMPLE), bumps: false },
    { name: 'an erase', write: () => eraseEverything(db), bumps: true },
  ];
  it.each(writes)('after $name: kept equal to the tables; a copy of the old version is refused', async ({ write, bumps }) => {
    await repo.store(SAMPLE);
    const read = await repo.loadAll();
    await saved();
    const version = await metricsVersion(db);
    expect(await readRecordsCopy(db)).toEqual(read);

    await write();
    expect(await metricsVersion(db)).toBe(bumps ? version + 1 : version);
    expect(exact(await readRecordsCopy(db))).toBe(exact(await tables()));
    expect(await saveRecordsCopy(db, version, read)).toBe(!bumps);
    expect(exact(await readRecordsCopy(db))).toBe(exact(await tables()));
  });

  it('is never older than the tables when a write lands between a read and its save', async () => {
    await repo.store(SAMPLE);
    // Without a copy loadAll reads the tables and saves one in a later task: a write lands first.
    await db.recordsCopy.delete('records');
    await repo.loadAll();
    await repo.store({ ...EMPTY, snapshots: [{ channel: 'instagram', date: '2027-01-01', followers: 5 }] });
    await saved();
    // The late save of the older read is refused, and the write (finding no copy) left none.
    expect(await readRecordsCopy(db)).toBeUndefined();
    await repo.loadAll();
    await saved();
    expect(exact(await readRecordsCopy(db))).toBe(exact(await tables()));
  });
});
