import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BrandlineDb, SCHEMA_V1, SCHEMA_V2, dayOf } from './database';
import { MetricsRepo } from './metrics-repo';
import { PlansRepo } from './plans-repo';
import { metricsVersion, readRecordsCopy } from './records-copy';

const V1_DATA = {
  plans: [{ id: 'nordlys', name: 'Nordlys', plan: { id: 'nordlys' }, raw: { id: 'nordlys', name: 'Nordlys' }, createdAt: 1, updatedAt: 2 }],
  activePlans: [{ channel: 'x', planId: 'nordlys' }, { channel: 'instagram', planId: 'nordlys' }],
  // Listed in key order, the order IndexedDB gives them back.
  snapshots: [{ channel: 'instagram', date: '2027-01-02', followers: 9000 }, { channel: 'x', date: '2027-01-01', followers: 100 }],
  posts: [
    { channel: 'instagram', postId: 'p2', publishedAt: '2027-01-11T23:30:00.000Z', contentType: 'reel', reach: 500, saves: 3, campaignId: 'winter-2027' },
    { channel: 'x', postId: '1', publishedAt: '2027-01-10T18:00:00.000Z', contentType: 'other', impressions: 1000, engagements: 40 },
  ],
  webSessions: [{ date: '2027-01-01', rangeEnd: '2027-01-31', source: 'instagram', sessions: 12, landingKey: '', rangeEndKey: '2027-01-31' }],
  campaignResults: [{ campaignId: 'winter-2027', date: '2027-01-05', spend: 400, clicks: 30 }],
} as const;

async function writeVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  for (const [table, rows] of Object.entries(V1_DATA)) await v1.table(table).bulkAdd([...rows]);
  v1.close();
}

describe('database upgrade from version 1', () => {
  it('keeps every record and derives the post day', async () => {
    await writeVersion1('upgrade-v1');
    const db = new BrandlineDb('upgrade-v1');
    await db.open();
    expect(db.verno).toBe(5);

    expect(await db.plans.toArray()).toEqual(V1_DATA.plans);
    expect(await db.activePlans.orderBy('channel').toArray()).toEqual([...V1_DATA.activePlans].sort((a, b) => a.channel.localeCompare(b.channel)));
    expect(await db.snapshots.toArray()).toEqual(V1_DATA.snapshots);
    expect(await db.webSessions.toArray()).toEqual(V1_DATA.webSessions);
    expect(await db.campaignResults.toArray()).toEqual(V1_DATA.campaignResults);
    const posts = await db.posts.toArray();
    expect(posts).toEqual([
      { ...V1_DATA.posts[0], day: '2027-01-11' },
      { ...V1_DATA.posts[1], day: '2027-01-10' },
    ]);

    // The new index answers the range queries.
    const repo = new MetricsRepo(db);
    expect((await repo.postsInRange('instagram', '2027-01-11', '2027-01-11')).map((p) => p.postId)).toEqual(['p2']);
    expect(await new PlansRepo(db).activeMap()).toEqual({ x: 'nordlys', facebook: null, instagram: 'nordlys' });
    db.close();
  });

  it('opens an empty new database at the current version', async () => {
    const db = new BrandlineDb('fresh');
    await db.open();
    expect(db.verno).toBe(5);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['activePlans', 'campaignResults', 'importRows', 'imports', 'plans', 'posts', 'recordsCopy', 'snapshots', 'webSessions']);
    db.close();
  });
});

describe('database upgrade from version 2', () => {
  it('keeps every record, and takes the copy of them in the upgrade, at version 0', async () => {
    const v2 = new Dexie('upgrade-v2');
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    for (const [table, rows] of Object.entries(V1_DATA)) {
      await v2.table(table).bulkAdd(table === 'posts' ? V1_DATA.posts.map((p) => ({ ...p, day: dayOf(p.publishedAt) })) : [...rows]);
    }
    v2.close();

    const db = new BrandlineDb('upgrade-v2');
    await db.open();
    expect(db.verno).toBe(5);
    expect(await metricsVersion(db)).toBe(0);
    const records = {
      snapshots: V1_DATA.snapshots,
      posts: V1_DATA.posts,
      sessions: [{ date: '2027-01-01', rangeEnd: '2027-01-31', source: 'instagram', sessions: 12 }],
      campaignResults: V1_DATA.campaignResults,
    };
    expect(await readRecordsCopy(db)).toEqual(records);
    // And the tables themselves say the same (loadAll reads them when there is no copy).
    await db.recordsCopy.delete('records');
    expect(await new MetricsRepo(db).loadAll()).toEqual(records);
    expect(await new PlansRepo(db).activeMap()).toEqual({ x: 'nordlys', facebook: null, instagram: 'nordlys' });
    db.close();
  });
});
