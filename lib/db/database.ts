import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ActivePlan, ImportLogRow, ImportRowsRow, RecordsCopyRow, StoredCampaignResult, StoredPlan, StoredPost, StoredSnapshot, StoredWebSession } from './records';
import { recordsOf } from './records-copy';

export const DB_NAME = 'brandline';

/**
 * Schema history. Never edit a published version: add the next one. Each entry is what
 * `db.version(n).stores()` gets; only keys and the indexes the KPI range queries use are listed.
 */
export const SCHEMA_V1 = {
  plans: 'id',
  activePlans: 'channel',
  snapshots: '[channel+date]',
  posts: '[channel+postId], [channel+publishedAt]',
  webSessions: '[date+source+landingKey+rangeEndKey], date',
  campaignResults: '[campaignId+date], date',
} as const;

/** v2: posts get a derived `day` (UTC date) and are range-queried by [channel+day]. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  posts: '[channel+postId], [channel+day]',
} as const;

/**
 * v3: `recordsCopy` holds the metric tables' version (every write bumps it) and a copy of every
 * metric record in ONE row, taken at one version: a restarted background reads it in ~12 ms
 * where 17,000 rows take ~100 ms in Chromium (lib/db/records-copy.ts).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  recordsCopy: 'id',
} as const;

/** v4: `imports` holds what the last few imports changed, so the latest can be undone (import-log.ts). */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  imports: '++id',
} as const;

/**
 * v5: the log's rows and their keys in `importRows`, with a multi-entry index on the keys, so a
 * popup log checks its one key by the index instead of reading every logged import (rev32), and
 * the options page reads only the small `imports` rows.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  importRows: 'id, *keys',
} as const;

export function dayOf(publishedAt: string): string {
  return publishedAt.slice(0, 10);
}

/** The one database of Brandline. Opened only by the background worker. */
export class BrandlineDb extends Dexie {
  plans!: EntityTable<StoredPlan, 'id'>;
  activePlans!: EntityTable<ActivePlan, 'channel'>;
  snapshots!: Table<StoredSnapshot, [string, string]>;
  posts!: Table<StoredPost, [string, string]>;
  webSessions!: Table<StoredWebSession, [string, string, string, string]>;
  campaignResults!: Table<StoredCampaignResult, [string, string]>;
  recordsCopy!: EntityTable<RecordsCopyRow, 'id'>;
  imports!: EntityTable<ImportLogRow, 'id'>;
  importRows!: EntityTable<ImportRowsRow, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx.table('posts').toCollection().modify((post: StoredPost) => {
          post.day = dayOf(post.publishedAt);
        });
      });
    // The copy of every record is taken from the tables in the upgrade's own transaction, so a
    // database never lacks one (version 0: no write has been counted yet).
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        const [snapshots, posts, sessions, campaignResults] = await Promise.all(
          ['snapshots', 'posts', 'webSessions', 'campaignResults'].map((name) => tx.table(name).toArray()),
        );
        await tx.table('recordsCopy').put({ id: 'records', version: 0, data: recordsOf(snapshots as StoredSnapshot[], posts as StoredPost[], sessions as StoredWebSession[], campaignResults as StoredCampaignResult[]) });
      });
    this.version(4).stores(SCHEMA_V4);
    // v4's log rows held their before-images: they are dropped (only development builds made them).
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade((tx) => tx.table('imports').clear());
    // A new database starts with the copy of its (no) records, which every write then keeps current.
    this.on('populate', (tx) => {
      void tx.table('recordsCopy').add({ id: 'records', version: 0, data: { snapshots: [], posts: [], sessions: [], campaignResults: [] } });
    });
  }
}
