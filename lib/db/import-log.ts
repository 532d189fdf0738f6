/**
 * Taking back an import (QA29 H1). A wrong file (a typo'd campaign id, the wrong GA4 download)
 * could only be got rid of by erasing everything, plans included. Each import that changes
 * something logs every row it wrote as it was before; the latest can then be undone, last first.
 * A write that is not an import (a number logged in the popup, a restored backup) ends the undo of
 * the imports whose rows it wrote over, and of every import before them; imports whose rows it did
 * not touch stay undoable (QA30: one logged follower count ended the undo of an unrelated file).
 * Only the last few imports are kept: the log is a way back from a mistake just made, not a history.
 */
import type { BrandlineDb } from './database';
import type { ImportLogRow, RowBefore } from './records';

/** How many imports can be undone one after another. */
export const IMPORTS_KEPT = 5;

export type LogTable = keyof ImportLogRow['before'];

/** Logs an import; call inside the import's own transaction. */
export async function logImport(db: BrandlineDb, row: ImportLogRow): Promise<void> {
  await db.imports.add(row);
  const ids = (await db.imports.toCollection().primaryKeys()) as number[];
  if (ids.length > IMPORTS_KEPT) await db.imports.bulkDelete(ids.slice(0, ids.length - IMPORTS_KEPT));
}

/**
 * After a write that is not an import: forgets the newest logged import whose rows it wrote over,
 * and every one before it (undoing those would take back the write). Call inside the write's
 * transaction, with the keys (as JSON) it wrote in each table.
 */
export async function forgetOverwritten(db: BrandlineDb, written: Record<LogTable, ReadonlySet<string>>): Promise<void> {
  if (Object.values(written).every((keys) => keys.size === 0) || (await db.imports.count()) === 0) return;
  const logged = await db.imports.orderBy('id').reverse().toArray();
  const hit = logged.find((row) =>
    (Object.keys(row.before) as LogTable[]).some((table) => written[table].size > 0 && (row.before[table] as RowBefore<unknown>[]).some((r) => written[table].has(JSON.stringify(r.key)))),
  );
  if (hit) await db.imports.where('id').belowOrEqual(hit.id!).delete();
}

export interface UndoableImport {
  /** The import's id in the log: an undo names the import it was offered for. */
  id: number;
  fileName: string;
  at: number;
  /** Rows the import added (undo deletes them) and rows it replaced (undo puts them back). */
  added: number;
  updated: number;
  /** Imports before it that can be undone after it. */
  earlier: number;
}

const count = (before: ImportLogRow['before'], added: boolean) =>
  Object.values(before).reduce((sum, rows: RowBefore<unknown>[]) => sum + rows.filter((r) => (r.old === undefined) === added).length, 0);

const summary = (row: ImportLogRow, earlier: number): UndoableImport => ({ id: row.id!, fileName: row.fileName, at: row.at, added: count(row.before, true), updated: count(row.before, false), earlier });

/** The import that can be undone now, if any: the last logged one. */
export async function undoableImport(db: BrandlineDb): Promise<UndoableImport | undefined> {
  return db.transaction('r', db.imports, async () => {
    const last = await db.imports.orderBy('id').last();
    return last ? summary(last, (await db.imports.count()) - 1) : undefined;
  });
}

/**
 * Undoes the import `id` in one transaction, if it is still the last one logged: its added rows
 * deleted, the rows it replaced put back. Undefined (and nothing changed) otherwise: a page showing
 * an older state must not take back another file than the one it named (QA30).
 */
export async function undoImport(db: BrandlineDb, id: number, bump: () => Promise<void>): Promise<UndoableImport | undefined> {
  return db.transaction('rw', [db.snapshots, db.posts, db.webSessions, db.campaignResults, db.recordsCopy, db.imports], async () => {
    const last = await db.imports.orderBy('id').last();
    if (!last || last.id !== id) return undefined;
    const tables = { snapshots: db.snapshots, posts: db.posts, webSessions: db.webSessions, campaignResults: db.campaignResults } as const;
    for (const name of Object.keys(tables) as LogTable[]) {
      const table = tables[name] as unknown as { bulkDelete(keys: unknown[]): Promise<void>; bulkPut(rows: object[]): Promise<unknown> };
      const rows = last.before[name] as RowBefore<object>[];
      const added = rows.filter((r) => r.old === undefined).map((r) => r.key);
      const replaced = rows.flatMap((r) => (r.old === undefined ? [] : [r.old]));
      if (added.length) await table.bulkDelete(added);
      if (replaced.length) await table.bulkPut(replaced);
    }
    await bump();
    await db.imports.delete(id);
    return summary(last, (await db.imports.count()));
  });
}
