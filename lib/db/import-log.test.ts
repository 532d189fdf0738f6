import { beforeEach, describe, expect, it } from 'vitest';
import type { MetricsData } from '../metrics/types';
import { BrandlineDb } from './database';
import { IMPORTS_KEPT, undoableImport } from './import-log';
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

/** Undoes the last import, as the options page does: naming the one it shows. */
async function undoLast() {
  const last = await undoableImport(db);
  return last && repo.undoImport(last.id);
}

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
    expect(await undoableImport(db)).toMatchObject({ fileName: 'typo.csv', added: 1, updated: 1, earlier: 1 });
    expect(await undoLast()).toMatchObject({ fileName: 'typo.csv', added: 1, updated: 1 });
    expect(await repo.loadAll()).toEqual(stored);
    // The one before is the latest again: it can be undone too, leaving nothing.
    expect(await undoableImport(db)).toMatchObject({ fileName: 'january.csv', added: 4, updated: 0, earlier: 0 });
    await undoLast();
    expect(await repo.loadAll()).toEqual(EMPTY);
    expect(await undoableImport(db)).toBeUndefined();
    expect(await undoLast()).toBeUndefined();
  });

  it('undoes only the import it names, and only while it is the last (QA30: a stale tab took back another file)', async () => {
    await repo.store(JANUARY, undefined, { fileName: 'january.csv' });
    const january = (await undoableImport(db))!;
    await repo.store(TYPO, undefined, { fileName: 'typo.csv' });
    expect(await repo.undoImport(january.id)).toBeUndefined();
    expect((await repo.summary()).campaignResults).toBe(2);
  });

  it('a write that is not an import ends the undo of the imports whose rows it wrote over, and of those before them', async () => {
    await repo.store(JANUARY, undefined, { fileName: 'january.csv' });
    await repo.store(TYPO, undefined, { fileName: 'typo.csv' });
    // A follower count on another day: both imports can still be taken back (QA30 M1).
    await repo.store({ ...EMPTY, snapshots: [{ channel: 'instagram', date: '2027-01-02', followers: 5 }] });
    expect(await undoableImport(db)).toMatchObject({ fileName: 'typo.csv', earlier: 1 });
    // Over a row only January wrote: January goes from the log, the typo import stays.
    await repo.store({ ...EMPTY, posts: [{ ...JANUARY.posts[0]!, reach: 11 }] });
    expect(await undoableImport(db)).toMatchObject({ fileName: 'typo.csv', earlier: 0 });
    // Over the typo import's row: nothing is left to undo.
    await repo.store({ ...EMPTY, snapshots: [{ channel: 'x', date: '2027-01-01', followers: 5 }] });
    expect(await undoableImport(db)).toBeUndefined();
  });

  it('a number logged with the figure the import brought ends its undo too: undo would delete it (rev32 F6)', async () => {
    await repo.store({ ...EMPTY, snapshots: [{ channel: 'x', date: '2027-01-01', followers: 100 }] }, undefined, { fileName: 'f.csv' });
    expect(await repo.store({ ...EMPTY, snapshots: [{ channel: 'x', date: '2027-01-01', followers: 100 }] })).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await undoableImport(db)).toBeUndefined();
  });

  it('a campaign day logged over a day imported under the campaign\'s name ends that import\'s undo (rev32 F1)', async () => {
    await repo.store({ ...EMPTY, campaignResults: [{ campaignId: 'Winter launch', date: '2027-01-05', spend: 100, clicks: 999 }] }, undefined, { fileName: 'wrong.csv' });
    await repo.logCampaignDay({ campaignId: 'winter-2027', date: '2027-01-05', spend: 120 }, (c) => (c.toLowerCase() === 'winter launch' ? 'winter-2027' : c));
    expect(await undoableImport(db)).toBeUndefined();
  });

  it('a big write that is not an import (a restored backup) ends every undo without looking up its keys', async () => {
    await repo.store(JANUARY, undefined, { fileName: 'january.csv' });
    const many = Array.from({ length: 600 }, (_, i) => ({ channel: 'instagram' as const, date: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10), followers: i }));
    await repo.store({ ...EMPTY, snapshots: many });
    expect(await undoableImport(db)).toBeUndefined();
  });

  it('an import that changes nothing logs nothing; the summary names the undoable import', async () => {
    await repo.store(JANUARY, undefined, { fileName: 'january.csv' });
    await repo.store(JANUARY, undefined, { fileName: 'again.csv' });
    expect((await repo.summary()).undoable).toMatchObject({ fileName: 'january.csv' });
  });

  it(`keeps the last ${IMPORTS_KEPT} imports`, async () => {
    for (let i = 0; i < IMPORTS_KEPT + 2; i++) await repo.store({ ...EMPTY, snapshots: [{ channel: 'x', date: `2027-01-0${i + 1}`, followers: i }] }, undefined, { fileName: `f${i}.csv` });
    const undone: string[] = [];
    for (let undo = await undoLast(); undo; undo = await undoLast()) undone.push(undo.fileName);
    expect(undone).toEqual(['f6.csv', 'f5.csv', 'f4.csv', 'f3.csv', 'f2.csv']);
    expect((await repo.summary()).snapshots).toBe(2);
  });

  it('erasing everything clears the log', async () => {
    await repo.store(JANUARY, undefined, { fileName: 'january.csv' });
    await eraseEverything(db);
    expect(await undoableImport(db)).toBeUndefined();
  });
});
