/**
 * Taking back an import (QA29 H1). A wrong file (a typo'd campaign id, the wrong GA4 download)
 * could only be got rid of by erasing everything, plans included. Each import that changes
 * something logs every row it wrote as it was before; the latest can then be undone, last first,
 * as long as nothing else wrote since (a logged number, a restored backup, a later import not
 * undone). Only the last few imports are kept: the log is a way back from a mistake just made,
 * not a history.
 */
import type { BrandlineDb } from './database';
import type { ImportLogRow, RowBefore } from './records';
import { bumpMetricsVersion, metricsVersion } from './records-copy';

/** How many imports can be undone one after another. */
export const IMPORTS_KEPT = 5;

/** Logs an import; call inside the import's own transaction, after its version bump. */
export async function logImport(db: BrandlineDb, row: ImportLogRow): Promise<void> {
  // An import that does not follow the last logged one directly (a write came between) leaves the
  // older ones behind for good: their rows may have been written over since.
  const last = await db.imports.orderBy('id').last();
  if (last && last.version !== row.versionBefore) await db.imports.clear();
  await db.imports.add(row);
  const ids = (await db.imports.toCollection().primaryKeys()) as number[];
  if (ids.length > IMPORTS_KEPT) await db.imports.bulkDelete(ids.slice(0, ids.length - IMPORTS_KEPT));
}

export interface UndoableImport {
  fileName: string;
  at: number;
  /** Rows the import added (undo deletes them) and rows it replaced (undo puts them back). */
  added: number;
  updated: number;
}

const count = (before: ImportLogRow['before'], added: boolean) =>
  Object.values(before).reduce((sum, rows: RowBefore<unknown>[]) => sum + rows.filter((r) => (r.old === undefined) === added).length, 0);

const summary = (row: ImportLogRow): UndoableImport => ({ fileName: row.fileName, at: row.at, added: count(row.before, true), updated: count(row.before, false) });

/** The import that can be undone now, if any: the last logged one, with nothing written since. */
export async function undoableImport(db: BrandlineDb): Promise<UndoableImport | undefined> {
  return db.transaction('r', [db.imports, db.recordsCopy], async () => {
    const last = await db.imports.orderBy('id').last();
    return last && last.version === (await metricsVersion(db)) ? summary(last) : undefined;
  });
}

/**
 * Undoes the last import in one transaction: its added rows deleted, the rows it replaced put back.
 * Undefined (and nothing changed) when there is none, or something was written after it.
 */
export async function undoLastImport(db: BrandlineDb): Promise<UndoableImport | undefined> {
  return db.transaction('rw', [db.snapshots, db.posts, db.webSessions, db.campaignResults, db.recordsCopy, db.imports], async () => {
    const last = await db.imports.orderBy('id').last();
    const version = await metricsVersion(db);
    if (!last || last.version !== version) return undefined;
    const tables = { snapshots: db.snapshots, posts: db.posts, webSessions: db.webSessions, campaignResults: db.campaignResults } as const;
    for (const name of Object.keys(tables) as (keyof typeof tables)[]) {
      const table = tables[name] as unknown as { bulkDelete(keys: unknown[]): Promise<void>; bulkPut(rows: object[]): Promise<unknown> };
      const rows = last.before[name] as RowBefore<object>[];
      const added = rows.filter((r) => r.old === undefined).map((r) => r.key);
      const replaced = rows.flatMap((r) => (r.old === undefined ? [] : [r.old]));
      if (added.length) await table.bulkDelete(added);
      if (replaced.length) await table.bulkPut(replaced);
    }
    await bumpMetricsVersion(db, version);
    await db.imports.delete(last.id!);
    // The import before it is the latest again, and undoable if it directly preceded this one.
    const previous = await db.imports.orderBy('id').last();
    if (previous && previous.version === last.versionBefore) await db.imports.update(previous.id!, { version: version + 1 });
    return summary(last);
  });
}
