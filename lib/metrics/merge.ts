/**
 * Joins the records of several imported files the way the store does: a record with the key of
 * an earlier one replaces it (a post keeps the fields the later file lacks), so importing the same
 * file twice counts it once.
 */
import { campaignResultKey, keyText, postKey, sessionKey, snapshotKey } from './record-keys';
import type { MetricsData } from './types';

function byKey<T>(lists: T[][], key: (record: T) => string[], combine?: (old: T, record: T) => T): T[] {
  const map = new Map<string, T>();
  for (const list of lists) {
    for (const record of list) {
      const k = keyText(key(record));
      const old = combine && map.get(k);
      map.set(k, old ? combine(old, record) : record);
    }
  }
  return [...map.values()];
}

export function mergeMetrics(parts: MetricsData[]): MetricsData {
  return {
    snapshots: byKey(parts.map((p) => p.snapshots), snapshotKey),
    // A later file without a column keeps what the earlier one gave for it (as the store does; QA29 M6).
    posts: byKey(parts.map((p) => p.posts), postKey, (old, post) => ({ ...old, ...post })),
    sessions: byKey(parts.map((p) => p.sessions), sessionKey),
    campaignResults: byKey(parts.map((p) => p.campaignResults), campaignResultKey),
  };
}
