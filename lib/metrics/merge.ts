/**
 * Joins the records of several imported files the way the store does: a record with the key of
 * an earlier one replaces it, so importing the same file twice counts it once.
 */
import { campaignResultKey, keyText, postKey, sessionKey, snapshotKey } from './record-keys';
import type { MetricsData } from './types';

function byKey<T>(lists: T[][], key: (record: T) => string[]): T[] {
  const map = new Map<string, T>();
  for (const list of lists) for (const record of list) map.set(keyText(key(record)), record);
  return [...map.values()];
}

export function mergeMetrics(parts: MetricsData[]): MetricsData {
  return {
    snapshots: byKey(parts.map((p) => p.snapshots), snapshotKey),
    posts: byKey(parts.map((p) => p.posts), postKey),
    sessions: byKey(parts.map((p) => p.sessions), sessionKey),
    campaignResults: byKey(parts.map((p) => p.campaignResults), campaignResultKey),
  };
}
