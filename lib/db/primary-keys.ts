/**
 * The order `MetricsRepo.loadAll` gives records in: each table's primary key, compared as
 * IndexedDB compares keys (arrays part by part, strings by UTF-16 code units). Anything that
 * hands buildSnapshot records without reading whole tables keeps this order, so that sums add
 * up in the same order and every KPI comes out bit for bit the same.
 */
import { campaignResultKey, postKey, sessionKey, snapshotKey } from '../metrics/record-keys';
import type { MetricsData } from '../metrics/types';

export function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}

/** One copy of each record (the first of equal keys), in primary-key order. */
export function byPrimaryKey<Row>(rows: Row[], keyOf: (row: Row) => string[]): Row[] {
  const keyed = rows.map((row) => ({ row, key: keyOf(row) })).sort((a, b) => compareKeys(a.key, b.key));
  return keyed.filter((item, i) => i === 0 || compareKeys(keyed[i - 1]!.key, item.key) !== 0).map((item) => item.row);
}

/** `rows` (in key order) with `written` put in: a row with the key of a written one is replaced. */
function withRows<Row>(rows: readonly Row[], written: readonly Row[], keyOf: (row: Row) => string[]): Row[] {
  if (!written.length) return [...rows];
  const incoming = byPrimaryKey([...written], keyOf);
  const out: Row[] = [];
  let i = 0;
  for (const row of incoming) {
    const key = keyOf(row);
    while (i < rows.length && compareKeys(keyOf(rows[i]!), key) < 0) out.push(rows[i++]!);
    if (i < rows.length && compareKeys(keyOf(rows[i]!), key) === 0) i++;
    out.push(row);
  }
  while (i < rows.length) out.push(rows[i++]!);
  return out;
}

/** What `loadAll` gives after `written` (the rows a write stored, as loadAll gives them) lands on `all`. */
export function withWritten(all: MetricsData, written: MetricsData): MetricsData {
  return {
    snapshots: withRows(all.snapshots, written.snapshots, snapshotKey),
    posts: withRows(all.posts, written.posts, postKey),
    sessions: withRows(all.sessions, written.sessions, sessionKey),
    campaignResults: withRows(all.campaignResults, written.campaignResults, campaignResultKey),
  };
}
