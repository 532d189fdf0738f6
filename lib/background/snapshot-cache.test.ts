/**
 * The background's record cache around KPI snapshots: a cold request reads every record once
 * (from the one-row copy, or the tables when there is none), and no write (import, quick log,
 * erase) ever leaves old records behind, not even one that lands while the cache is being filled.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MetricsRepo } from '../db/metrics-repo';
import { readRecordsCopy } from '../db/records-copy';
import { CHANNEL_IDS } from '../engine/types';
import type { MessageType, RequestOf, ResponseOf } from '../messaging/protocol';
import { dispatch, type Handlers } from '../messaging/server';
import { addDays } from '../metrics/dates';
import { buildSnapshot } from '../metrics/snapshot';
import type { MetricsData } from '../metrics/types';
import { createHandlers } from './handlers';
import { BackgroundStore } from './store';

const OWN = 'test-extension-id';
/** 28 days of a year of data. */
const LAST_28 = { from: '2027-12-04', to: '2027-12-31', channel: 'all' } as const;

let n = 0;
let store: BackgroundStore;
let handlers: Handlers;

beforeEach(() => {
  store = new BackgroundStore(`snapshot-cache-${n++}`);
  handlers = createHandlers(store);
});
afterEach(() => store.close());

async function ok<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const result = await dispatch({ brandline: 1, type, payload }, { id: OWN }, OWN, handlers);
  if (!result.ok) throw new Error(`${type} failed: ${result.error.message}`);
  return result.value as ResponseOf<K>;
}

/** 2027: a follower count a day per channel, two posts a day, a session row a day. */
function aYear(): MetricsData {
  const data: MetricsData = { snapshots: [], posts: [], sessions: [], campaignResults: [] };
  for (let d = 0; d < 365; d++) {
    const date = addDays('2027-01-01', d);
    for (const [c, channel] of CHANNEL_IDS.entries()) data.snapshots.push({ channel, date, followers: 1000 * (c + 1) + d });
    for (let k = 0; k < 2; k++) data.posts.push({ channel: CHANNEL_IDS[(d + k) % 3]!, postId: `p${d}-${k}`, publishedAt: `${date}T10:00:00.000Z`, contentType: 'photo', impressions: 100 + d, reactions: 5 });
    data.sessions.push({ date, source: 'instagram', sessions: 10 });
  }
  return data;
}

const followerLog = (followers: number) => ({ kind: 'followers' as const, record: { channel: 'x' as const, date: '2027-12-31', followers } });

describe('kpi.snapshot and the record cache', () => {
  it('without a copy of the records (its save failed) reads every record once, then answers from memory', async () => {
    await ok('metrics.store', { fileName: 'year.json', kind: 'posts', data: aYear() });
    await (await store.db()).recordsCopy.delete('records');
    const loads = vi.spyOn(MetricsRepo.prototype, 'loadAll');
    const first = await ok('kpi.snapshot', LAST_28);
    await store.metricsData();
    expect(loads).toHaveBeenCalledTimes(1);
    const again = await ok('kpi.snapshot', LAST_28);
    const other = await ok('kpi.snapshot', { from: '2027-06-01', to: '2027-06-30', channel: 'instagram' });
    expect(loads).toHaveBeenCalledTimes(1);
    const all = await store.metricsData();
    expect(first).toEqual(buildSnapshot(all, undefined, LAST_28));
    expect(again).toEqual(first);
    expect(other).toEqual(buildSnapshot(all, undefined, { from: '2027-06-01', to: '2027-06-30', channel: 'instagram' }));
    loads.mockRestore();
  });

  it('sees a quick log that lands while the cache is being filled', async () => {
    await ok('metrics.store', { fileName: 'year.json', kind: 'posts', data: aYear() });
    const before = await ok('kpi.snapshot', LAST_28);
    const filling = store.metricsData();
    await ok('metrics.log', followerLog(1));
    expect((await ok('kpi.snapshot', LAST_28)).kpis.followers).toBe(before.kpis.followers! - 1364 + 1);
    await filling;
    expect((await ok('kpi.snapshot', LAST_28)).kpis.followers).toBe(before.kpis.followers! - 1364 + 1);
  });

  it('never keeps or waits for records read before a write, even when the read ends after it', async () => {
    await ok('metrics.store', { fileName: 'year.json', kind: 'posts', data: aYear() });
    const old = await store.metricsData();
    store.invalidateMetrics();
    // A full read that starts before the quick log and ends only when this test says so.
    let finish: (() => void) | undefined;
    const loads = vi.spyOn(MetricsRepo.prototype, 'loadAll').mockImplementationOnce(() => new Promise((resolve) => (finish = () => resolve(old))));
    const stale = store.metricsData();
    await ok('metrics.log', followerLog(7));
    // Both wait for a read that starts after the log, never for the old one.
    const answer = ok('kpi.snapshot', LAST_28);
    const year = ok('kpi.snapshot', { from: '2027-01-01', to: '2027-12-31', channel: 'x' });
    // Time for the requests to reach the store while the old read is still open.
    await new Promise((resolve) => setTimeout(resolve, 50));
    finish?.();
    await stale;
    expect((await answer).kpis.followers).toBe(7 + 2364 + 3364);
    expect((await year).kpis.followers).toBe(7);
    expect((await store.metricsData()).snapshots.find((s) => s.channel === 'x' && s.date === '2027-12-31')?.followers).toBe(7);
    expect((await ok('kpi.snapshot', LAST_28)).kpis.followers).toBe(7 + 2364 + 3364);
    loads.mockRestore();
  });

  const writes: { name: string; write: () => Promise<unknown>; expected: Record<string, number | undefined> }[] = [
    { name: 'an import', write: () => ok('metrics.store', { fileName: 'more.json', kind: 'posts', data: { snapshots: [], posts: [{ channel: 'x', postId: 'new', publishedAt: '2027-12-31T09:00:00.000Z', contentType: 'photo', impressions: 1 }], sessions: [], campaignResults: [] } }), expected: { posts: 57 } },
    { name: 'a quick log', write: () => ok('metrics.log', followerLog(0)), expected: { followers: 2364 + 3364 } },
    { name: 'an erase', write: () => ok('data.erase', {}), expected: { posts: undefined, followers: undefined } },
  ];
  it.each(writes)('drops a full cache after $name', async ({ write, expected }) => {
    await ok('metrics.store', { fileName: 'year.json', kind: 'posts', data: aYear() });
    expect((await ok('kpi.snapshot', LAST_28)).kpis).toMatchObject({ posts: 56, followers: 1364 + 2364 + 3364 });
    await store.metricsData();
    await write();
    const kpis = (await ok('kpi.snapshot', LAST_28)).kpis;
    for (const [kpi, value] of Object.entries(expected)) expect(kpis[kpi], kpi).toBe(value);
    // And again once the cache has filled after the write.
    await store.metricsData();
    const warm = (await ok('kpi.snapshot', LAST_28)).kpis;
    for (const [kpi, value] of Object.entries(expected)) expect(warm[kpi], kpi).toBe(value);
  });

  it('keeps a full cache through a write, with the written rows in it, and copies it for the next start', async () => {
    await ok('metrics.store', { fileName: 'year.json', kind: 'posts', data: aYear() });
    await store.metricsData();
    const loads = vi.spyOn(MetricsRepo.prototype, 'loadAll');
    await ok('metrics.log', followerLog(5));
    await ok('metrics.store', { fileName: 'more.json', kind: 'posts', data: { ...aYear(), snapshots: [], sessions: [], campaignResults: [], posts: [{ channel: 'facebook', postId: 'p0-0', publishedAt: '2027-12-30T09:00:00.000Z', contentType: 'video', impressions: 3 }] } });
    const answer = await ok('kpi.snapshot', LAST_28);
    expect(loads).not.toHaveBeenCalled();
    loads.mockRestore();
    const fresh = await new MetricsRepo(await store.db()).loadAll();
    expect(JSON.stringify(await store.metricsData())).toBe(JSON.stringify(fresh));
    expect(answer).toEqual(buildSnapshot(fresh, undefined, LAST_28));
    expect(answer.kpis.followers).toBe(5 + 2364 + 3364);
    // A restarted worker reads the copy taken after the last write.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await readRecordsCopy(await store.db())).toEqual(fresh);
  });
});
