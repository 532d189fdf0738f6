import type { AccountSnapshot, CampaignResult, MetricsData, PostMetrics, WebSession } from '../metrics/types';
import { dayOf, type BrandlineDb } from './database';
import type { ImportRowsRow, RowBefore, StoredPost, StoredWebSession } from './records';
import { forgetOverwritten, logImport, loggedKey, undoableImport, undoImport, type LogTable, type UndoableImport } from './import-log';
import { forgetReparsed } from './plans-repo';
import { withWritten } from './primary-keys';
import { campaignResultKey, postKey, sessionKey, snapshotKey } from '../metrics/record-keys';
import type { SessionSpan } from '../metrics/range-overlaps';
import { bumpMetricsVersion, fromStoredPost, fromStoredSession, metricsVersion, readRecordsCopy, recordsOf, saveRecordsCopy } from './records-copy';

export interface StoreCounts {
  /** Records that were not stored before. */
  added: number;
  /** Records stored before with other values (a re-export with newer numbers): replaced. */
  updated: number;
  /** Records stored before with the same values: nothing written. */
  unchanged: number;
}

export interface MetricsSummary {
  snapshots: number;
  posts: number;
  webSessions: number;
  campaignResults: number;
  /** The import that can be undone now, if any. */
  undoable?: UndoableImport;
}

/** Same fields with the same values; an absent field equals an undefined one. */
function sameRecord(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    const l = left[key];
    const r = right[key];
    // The only nested values are `sessionsWith` / `spendWith`: small objects of numbers.
    if (l !== r && !(typeof l === 'object' && typeof r === 'object' && l !== null && r !== null && JSON.stringify(l) === JSON.stringify(r))) return false;
  }
  return true;
}

/** Drops keys whose value is undefined, so stored rows hold only what the source gave. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

function toStoredPost(post: PostMetrics): StoredPost {
  return { ...compact(post), day: dayOf(post.publishedAt) };
}

function toStoredSession(session: WebSession): StoredWebSession {
  return { ...compact(session), landingKey: session.landingPage ?? '', rangeEndKey: session.rangeEnd ?? '' };
}

/**
 * Stored rows with the keys of `rows`. A big file reads the whole table in one getAll: IndexedDB
 * answers that far faster than tens of thousands of single gets (50,000 posts: ~5 s → well
 * under 1 s in Chromium); a handful of rows (the popup's log) are fetched by key.
 */
const BULK_GET_LIMIT = 2_000;

async function lookUp<Row extends object, Key>(
  table: { bulkGet(keys: Key[]): Promise<(Row | undefined)[]>; toArray(): Promise<Row[]> },
  rows: Row[],
  keyOf: (row: Row) => Key,
  keyText: (row: Row) => string,
): Promise<(Row | undefined)[]> {
  if (rows.length <= BULK_GET_LIMIT) return table.bulkGet(rows.map(keyOf));
  const stored = new Map<string, Row>();
  for (const row of await table.toArray()) stored.set(keyText(row), row);
  return rows.map((row) => stored.get(keyText(row)));
}

/**
 * Metric records. Keys make re-imports idempotent: a row with the key of a stored row replaces
 * it (or is skipped when equal) instead of counting twice.
 */
export class MetricsRepo {
  constructor(private readonly db: BrandlineDb) {}

  /**
   * Stores every record of `data` in ONE transaction: on any failure nothing is stored. Once it
   * is committed, `written` gets the rows that were added or changed, as `loadAll` gives them
   * (the background puts them into its cache: lib/db/primary-keys.ts `withWritten`).
   */
  async store(data: MetricsData, written?: (rows: MetricsData) => void, undo?: { fileName: string }): Promise<StoreCounts> {
    const db = this.db;
    const counts: StoreCounts = { added: 0, updated: 0, unchanged: 0 };
    // With `undo`: each written key's row as it was, for the import log (import-log.ts). Without:
    // the keys written, so the log forgets the imports this write writes over.
    const before: ImportRowsRow['before'] = { snapshots: [], posts: [], webSessions: [], campaignResults: [] };
    const writtenKeys: string[] = [];
    const merge = async <Row extends object, Key>(
      table: { bulkGet(keys: Key[]): Promise<(Row | undefined)[]>; bulkPut(rows: Row[]): Promise<unknown>; toArray(): Promise<Row[]> },
      rows: Row[],
      keyOf: (row: Row) => Key,
      kept: RowBefore<Row>[] | undefined,
      logTable: LogTable,
      combine?: (old: Row, row: Row) => Row,
    ): Promise<Row[]> => {
      if (rows.length === 0) return [];
      const keyText = (row: Row) => JSON.stringify(keyOf(row));
      // The last row wins when a file repeats a key, as a later put would.
      const byKey = new Map<string, Row>();
      for (const row of rows) byKey.set(keyText(row), row);
      const unique = [...byKey.values()];
      const existing = await lookUp(table, unique, keyOf, keyText);
      const changed: Row[] = [];
      unique.forEach((given, i) => {
        const old = existing[i];
        const row = old && combine ? combine(old, given) : given;
        if (!old) counts.added++;
        else if (sameRecord(old, row)) counts.unchanged++;
        else counts.updated++;
        if (!old || !sameRecord(old, row)) {
          changed.push(row);
          kept?.push(old ? { key: keyOf(row) as unknown[], old } : { key: keyOf(row) as unknown[] });
        }
        // A write that is not an import ends the undo of imports whose rows it writes, even with the
        // same figures: undoing would delete the row the user just confirmed (rev32 F6).
        if (!kept) writtenKeys.push(loggedKey(logTable, keyText(given)));
      });
      if (changed.length) await table.bulkPut(changed);
      return changed;
    };
    const log = undo ? before : undefined;
    const rows = await db.transaction('rw', [db.snapshots, db.posts, db.webSessions, db.campaignResults, db.recordsCopy, db.imports, db.importRows], async () => {
      const snapshots = await merge(db.snapshots, data.snapshots.map(compact), snapshotKey, log?.snapshots, 'snapshots');
      // A re-export without a column (link clicks left out) keeps what the stored post had for it:
      // replacing the whole row wiped Facebook's CTR with an "updated" (QA29 M6).
      const posts = await merge(db.posts, data.posts.map(toStoredPost), postKey, log?.posts, 'posts', (old, row) => ({ ...old, ...row }));
      // The table's key path spells sessionKey's absent parts as stored '' fields (landingKey, rangeEndKey).
      const sessions = await merge(db.webSessions, data.sessions.map(toStoredSession), sessionKey, log?.webSessions, 'webSessions');
      const campaignResults = await merge(db.campaignResults, data.campaignResults.map(compact), campaignResultKey, log?.campaignResults, 'campaignResults');
      const rows = { snapshots, posts: posts.map(fromStoredPost), sessions: sessions.map(fromStoredSession), campaignResults };
      if (counts.added + counts.updated > 0) {
        // Read before the bump, which deletes it; a write that changes nothing never reads it.
        const copy = await readRecordsCopy(db);
        await bumpMetricsVersion(db);
        if (undo) await logImport(db, undo.fileName, before);
        // The copy is kept current here rather than dropped: a worker that starts after this
        // write still reads every record in one go (~30 ms more per write in Chromium).
        if (copy) await saveRecordsCopy(db, await metricsVersion(db), withWritten(copy, rows));
      }
      if (!undo) await forgetOverwritten(db, writtenKeys);
      return rows;
    });
    written?.(rows);
    return counts;
  }

  /**
   * Stores a campaign day logged by hand over what is stored for that day, in one transaction with
   * the read, so an import of the same day that runs meanwhile cannot be overwritten by a merge
   * of what was there before it. The stored day may be keyed by the campaign's name (imported
   * before the plan listed it): `idOf` resolves a stored campaign key to the plan's id, and a row
   * stored under the id itself is the one that counts.
   */
  async logCampaignDay(logged: CampaignResult, idOf: (campaign: string) => string, written?: (rows: MetricsData) => void): Promise<StoreCounts> {
    const db = this.db;
    // The rows reach `written` (the worker's cache) only once this transaction has committed: the
    // nested store() would hand them over when its own scope ends, before the commit, and a commit
    // that then fails (a full disk) left the side panel showing spend the popup said was not saved.
    let rows: MetricsData | undefined;
    const counts = await db.transaction('rw', [db.snapshots, db.posts, db.webSessions, db.campaignResults, db.recordsCopy, db.imports, db.importRows], async () => {
      const sameDay = (await db.campaignResults.where('date').equals(logged.date).toArray()).filter((r) => idOf(r.campaignId) === logged.campaignId);
      const stored = sameDay.find((r) => r.campaignId === logged.campaignId) ?? sameDay[0];
      // A figure logged here is the day's whole figure, over the day's whole spend: what an import
      // knew about which of its rows gave it (`spendWith`) goes. Figures kept from the import keep it.
      const { spendWith, ...kept } = stored ?? ({} as Partial<CampaignResult>);
      // Kept as imported even when a lower spend is logged: `spendFor` never lets it exceed the
      // day's spend, and logging the spend back restores the import's rates.
      const still = Object.entries(spendWith ?? {}).filter(([field]) => logged[field as keyof CampaignResult] === undefined);
      const merged: CampaignResult = { ...kept, ...logged, ...(still.length ? { spendWith: Object.fromEntries(still) } : {}) };
      // store() joins this transaction (Dexie nests a transaction over the same tables).
      const counts = await this.store({ snapshots: [], posts: [], sessions: [], campaignResults: [merged] }, (stored) => (rows = stored));
      // The day read may be another key (the campaign's name, imported before the plan listed it):
      // its figures went into the logged row, so the import that wrote it can no longer be undone (rev32 F1).
      if (stored) await forgetOverwritten(db, [loggedKey('campaignResults', JSON.stringify(campaignResultKey(stored)))]);
      return counts;
    });
    if (rows) written?.(rows);
    return counts;
  }

  /**
   * Every metric record, in primary-key order: from the one-row copy when it is current
   * (records-copy.ts), else from the four tables — and then a copy is saved for the next cold
   * start, in a later task so that whoever waits for these records is answered first.
   */
  async loadAll(): Promise<MetricsData> {
    const db = this.db;
    // The reads are issued together in one read transaction: the version and the records agree.
    const read = await db.transaction('r', [db.snapshots, db.posts, db.webSessions, db.campaignResults, db.recordsCopy], async () => {
      const copy = await readRecordsCopy(db);
      if (copy) return { data: copy };
      const [version, snapshots, posts, sessions, campaignResults] = await Promise.all([
        metricsVersion(db),
        db.snapshots.toArray(),
        db.posts.toArray(),
        db.webSessions.toArray(),
        db.campaignResults.toArray(),
      ]);
      return { version, data: recordsOf(snapshots, posts, sessions, campaignResults) };
    });
    const { version, data } = read;
    // A failed save only costs the next cold start its speed.
    if (version !== undefined) setTimeout(() => saveRecordsCopy(db, version, data).catch(() => undefined), 0);
    return data;
  }

  /**
   * The day or range of every stored web session, from the table's keys alone (no record is read
   * whole): what an import's overlap with stored GA4 range downloads is found from.
   */
  async sessionSpans(): Promise<SessionSpan[]> {
    const keys = (await this.db.webSessions.toCollection().primaryKeys()) as unknown as [string, string, string, string][];
    return keys.map(([date, , , rangeEnd]) => (rangeEnd ? { date, rangeEnd } : { date }));
  }

  /** Posts of a channel published in [from, to] (dates inclusive), by the [channel+day] index. */
  async postsInRange(channel: PostMetrics['channel'], from: string, to: string): Promise<PostMetrics[]> {
    const rows = await this.db.posts.where('[channel+day]').between([channel, from], [channel, to], true, true).toArray();
    return rows.map(fromStoredPost);
  }

  /** Follower snapshots of a channel in [from, to], by the [channel+date] key. */
  snapshotsInRange(channel: AccountSnapshot['channel'], from: string, to: string): Promise<AccountSnapshot[]> {
    return this.db.snapshots.where('[channel+date]').between([channel, from], [channel, to], true, true).toArray();
  }

  async summary(): Promise<MetricsSummary> {
    const db = this.db;
    return db.transaction('r', [db.snapshots, db.posts, db.webSessions, db.campaignResults, db.imports], async () => {
      const undoable = await undoableImport(db);
      return {
        snapshots: await db.snapshots.count(),
        posts: await db.posts.count(),
        webSessions: await db.webSessions.count(),
        campaignResults: await db.campaignResults.count(),
        ...(undoable ? { undoable } : {}),
      };
    });
  }

  /** Takes back import `id` if it is the last one (import-log.ts); undefined when it is not. */
  undoImport(id: number): Promise<UndoableImport | undefined> {
    return undoImport(this.db, id, () => bumpMetricsVersion(this.db));
  }
}

/** Deletes every plan, activation and metric in one transaction. */
export async function eraseEverything(db: BrandlineDb): Promise<void> {
  forgetReparsed();
  await db.transaction('rw', db.tables, async () => {
    // The version counts on across an erase: a copy saved at an older version must stay refused.
    const version = await metricsVersion(db);
    await Promise.all(db.tables.map((table) => table.clear()));
    await bumpMetricsVersion(db, version);
    await saveRecordsCopy(db, version + 1, { snapshots: [], posts: [], sessions: [], campaignResults: [] });
  });
}
