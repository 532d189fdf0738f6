import { beforeEach, describe, expect, it } from 'vitest';
import type { MetricsData } from '../metrics/types';
import { BrandlineDb } from './database';
import { IMPORTS_KEPT, undoableImport, undoLastImport } from './import-log';
import { MetricsRepo, eraseEverything } from './metrics-repo';

const EMPTY: MetricsData = { snapshots: [], posts: [], sessions: [], campaignResults: [] };
let n = 0;
let db: BrandlineDb;
let repo: MetricsRepo;

beforeEach(async () => {
  db = new BrandlineDb(`import-log-${n++}`);
  await db.open();
  repo = new MetricsRepo(db);
});

const JANUARY: MetricsData = {
  snapshots: [{ channel: 'x', date: '2027-01-01', followers: 100 }],
  posts: [{ channel: 'facebook', postId: 'a', publishedAt: '2027-01-03T10:00:00.000Z', contentType: 'photo', reach: 10, reactions: 2 }],
  sessions: [{ date: '2027-01-01', source: 'facebook', landingPage: '/shop', sessions: 7, conversions: 1 }],
  campaignResults: [{ campaignId: 'winter-2027', date: '2027-01-05', spend: 100 }],
};
const TYPO: MetricsData = { ...EMPTY, campaignResults: [{ campaignId: 'winter-2072', date: '2027-01-05', spend: 100 }], snapshots: [{ channel: 'x', date: '2027-01-01', followers: 999 }] };

describe('undoing an import (QA29 H1)', () => {
  it('takes back the rows an import added and puts back those it replaced; the import before stays', async () => {
    await repo.store(JANUARY, undefined, { fileName: 'january.csv' });
    const stored = await repo.loadAll();
    await repo.store(TYPO, undefined, { fileName: 'typo.csv' });
    expect(await undoableImport(db)).toMatchObject({ fileName: 'typo.csv', added: 1, updated: 1 });
    expect(await undoLastImport(db)).toMatchObject({ fileName: 'typo.csv', added: 1, updated: 1 });
    expect(await repo.loadAll()).toEqual(stored);
    // The one before is the latest again: it can be undone too, leaving nothing.
    expect(await undoableImport(db)).toMatchObject({ fileName: 'january.csv', added: 4, updated: 0 });
    await undoLastImport(db);
    expect(await repo.loadAll()).toEqual(EMPTY);
    expect(await undoableImport(db)).toBeUndefined();
    expect(await undoLastImport(db)).toBeUndefined();
  });

  it('is not offered once something else was written after the import (a number logged by hand)', async () => {
    await repo.store(TYPO, undefined, { fileName: 'typo.csv' });
    await repo.store({ ...EMPTY, snapshots: [{ channel: 'instagram', date: '2027-01-02', followers: 5 }] });
    expect(await undoableImport(db)).toBeUndefined();
    expect(await undoLastImport(db)).toBeUndefined();
    expect((await repo.summary()).campaignResults).toBe(1);
    // A later import starts a new log: the one before the hand-logged number never comes back.
    await repo.store(JANUARY, undefined, { fileName: 'january.csv' });
    await undoLastImport(db);
    expect(await undoableImport(db)).toBeUndefined();
    expect((await repo.loadAll()).campaignResults).toEqual(TYPO.campaignResults);
  });

  it('an import that changes nothing logs nothing; the summary names the undoable import', async () => {
    await repo.store(JANUARY, undefined, { fileName: 'january.csv' });
    await repo.store(JANUARY, undefined, { fileName: 'again.csv' });
    expect((await repo.summary()).undoable).toMatchObject({ fileName: 'january.csv' });
  });

  it(`keeps the last ${IMPORTS_KEPT} imports`, async () => {
    for (let i = 0; i < IMPORTS_KEPT + 2; i++) await repo.store({ ...EMPTY, snapshots: [{ channel: 'x', date: `2027-01-0${i + 1}`, followers: i }] }, undefined, { fileName: `f${i}.csv` });
    const undone: string[] = [];
    for (let undo = await undoLastImport(db); undo; undo = await undoLastImport(db)) undone.push(undo.fileName);
    expect(undone).toEqual(['f6.csv', 'f5.csv', 'f4.csv', 'f3.csv', 'f2.csv']);
    expect((await repo.summary()).snapshots).toBe(2);
  });

  it('erasing everything clears the log', async () => {
    await repo.store(JANUARY, undefined, { fileName: 'january.csv' });
    await eraseEverything(db);
    expect(await undoableImport(db)).toBeUndefined();
  });
});
