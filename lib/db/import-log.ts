/**
 * Taking back an import (QA29 H1). A wrong file (a typo'd campaign id, the wrong GA4 download)
 * could only be got rid of by erasing everything, plans included. Each import that changes
 * something logs every row it wrote as it was before; the latest can then be undone, last first.
 * A write that is not an import (a number logged in the popup, a restored backup) ends the undo of
 * the newest import whose rows it writes, and of every import before it; imports whose rows it did
 * not touch stay undoable (QA30: one logged follower count ended the undo of an unrelated file).
 * Only the last few imports are kept: the log is a way back from a mistake just made, not a history.
 */
import type { BrandlineDb } from './database';
import type { ImportRowsRow, RowBefore } from './records';

/** How many imports can be undone one after another. */
export const IMPORTS_KEPT = 5;

/** Keys a write that is not an import may look up in the log; a bigger write ends every undo. */
const LOOKUP_LIMIT = 500;

export type LogTable = keyof ImportRowsRow['before'];

/** A row's key as the log indexes it: its table and its primary key as JSON. */
export const loggedKey = (table: LogTable, keyJson: string) => `${table}:${keyJson}`;

/** Logs an import; call inside the import's own transaction. */
export async function logImport(db: BrandlineDb, fileName: string, before: ImportRowsRow['before']): Promise<void> {
  const rows = Object.values(before) as RowBefore<unknown>[][];
  const added = rows.reduce((sum, list) => sum + list.filter((r) => r.old === undefined).length, 0);
  const updated = rows.reduce((sum, list) => sum + list.length, 0) - added;
  const id = (await db.imports.add({ fileName, at: Date.now(), added, updated })) as number;
  const keys = (Object.keys(before) as LogTable[]).flatMap((table) => (before[table] as RowBefore<unknown>[]).map((r) => loggedKey(table, JSON.stringify(r.key))));
  await db.importRows.add({ id, keys, before });
  const ids = (await db.imports.toCollection().primaryKeys()) as number[];
  if (ids.length > IMPORTS_KEPT) await forgetUpTo(db, ids[ids.length - IMPORTS_KEPT - 1]!);
}

async function forgetUpTo(db: BrandlineDb, id: number): Promise<void> {
  await db.imports.where('id').belowOrEqual(id).delete();
  await db.importRows.where('id').belowOrEqual(id).delete();
}

/**
 * After a write that is not an import: forgets the newest logged import whose rows it writes (by
 * the keys' index), and every one before it (undoing those would take back the write). Call inside
 * the write's transaction, with the keys (as `loggedKey`) it wrote, changed or not.
 */
export async function forgetOverwritten(db: BrandlineDb, written: readonly string[]): Promise<void> {
  if (!written.length || (await db.imports.count()) === 0) return;
  // A big write (a restored backup) is checked no further: looking up every key costs more than the
  // chance of undoing an import after it is worth (50,000 keys took minutes in tests).
  if (written.length > LOOKUP_LIMIT) {
    await db.imports.clear();
    await db.importRows.clear();
    return;
  }
  const hit = (await db.importRows.where('keys').anyOf(written as string[]).primaryKeys()) as number[];
  if (hit.length) await forgetUpTo(db, Math.max(...hit));
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

/** The import that can be undone now, if any: the last logged one (its small row only). */
export async function undoableImport(db: BrandlineDb): Promise<UndoableImport | undefined> {
  return db.transaction('r', db.imports, async () => {
    const last = await db.imports.orderBy('id').last();
    if (!last) return undefined;
    const { id, fileName, at, added, updated } = last;
    return { id: id!, fileName, at, added, updated, earlier: (await db.imports.count()) - 1 };
  });
}

/**
 * Undoes the import `id` in one transaction, if it is still the last one logged: its added rows
 * deleted, the rows it replaced put back. Undefined (and nothing changed) otherwise: a page showing
 * an older state must not take back another file than the one it named (QA30).
 */
export async function undoImport(db: BrandlineDb, id: number, bump: () => Promise<void>): Promise<UndoableImport | undefined> {
  return db.transaction('rw', [db.snapshots, db.posts, db.webSessions, db.campaignResults, db.recordsCopy, db.imports, db.importRows], async () => {
    const last = await db.imports.orderBy('id').last();
    const rows = last?.id === id ? await db.importRows.get(id) : undefined;
    if (!last || !rows) return undefined;
    const tables = { snapshots: db.snapshots, posts: db.posts, webSessions: db.webSessions, campaignResults: db.campaignResults } as const;
    for (const name of Object.keys(tables) as LogTable[]) {
      const table = tables[name] as unknown as { bulkDelete(keys: unknown[]): Promise<void>; bulkPut(rows: object[]): Promise<unknown> };
      const before = rows.before[name] as RowBefore<object>[];
      const added = before.filter((r) => r.old === undefined).map((r) => r.key);
      const replaced = before.flatMap((r) => (r.old === undefined ? [] : [r.old]));
      if (added.length) await table.bulkDelete(added);
      if (replaced.length) await table.bulkPut(replaced);
    }
    await bump();
    await db.imports.delete(id);
    await db.importRows.delete(id);
    return { id, fileName: last.fileName, at: last.at, added: last.added, updated: last.updated, earlier: await db.imports.count() };
  });
}
