import { afterEach, describe, expect, it, vi } from 'vitest';
import { MetricsRepo } from '../db/metrics-repo';
import { CHANNEL_IDS } from '../engine/types';
import { buildSnapshot } from '../metrics/snapshot';
import type { MetricsData } from '../metrics/types';
import { dispatch } from '../messaging/server';
import { createHandlers } from './handlers';
import { BackgroundStore } from './store';

/** Three years of data, the size the side panel must answer fast (issue 6). */
function threeYears(): MetricsData {
  const start = Date.UTC(2024, 0, 1);
  const day = (i: number) => new Date(start + i * 86_400_000).toISOString().slice(0, 10);
  const data: MetricsData = { snapshots: [], posts: [], sessions: [], campaignResults: [] };
  for (const channel of CHANNEL_IDS) for (let i = 0; i < 1100; i++) data.snapshots.push({ channel, date: day(i), followers: 1000 + i });
  for (let i = 0; i < 10_000; i++) {
    data.posts.push({ channel: CHANNEL_IDS[i % 3]!, postId: `p${i}`, publishedAt: `${day(i % 1100)}T12:00:00.000Z`, contentType: 'photo', impressions: 1000 + i, reach: 800, reactions: 20, comments: 3 });
  }
  for (let i = 0; i < 3000; i++) data.sessions.push({ date: day(i % 1100), source: ['instagram', 'facebook', 'x'][i % 3]!, landingPage: `/p${i}`, sessions: 10, conversions: 1 });
  return data;
}

let store: BackgroundStore | undefined;
afterEach(() => store?.close());

describe('kpi.snapshot over three years of data', () => {
  const cases = [
    // The usual way: a write keeps the one-row copy of every record current; the first request reads it.
    { name: 'a year, every record read once from their copy', q: { from: '2026-01-01', to: '2026-12-31', channel: 'all' }, copy: true },
    { name: '28 days, every record read once from their copy', q: { from: '2026-12-07', to: '2027-01-03', channel: 'all' }, copy: true },
    // No copy (its save failed): every record is read from the tables once.
    { name: '28 days without a copy, every record read once from the tables', q: { from: '2026-12-07', to: '2027-01-03', channel: 'all' }, copy: false },
  ] as const;
  it.each(cases)('$name, and later requests are answered from memory', async ({ q, copy }) => {
    store = new BackgroundStore(`speed-${q.from}-${copy}`);
    const handlers = createHandlers(store);
    const call = (type: string, payload: unknown) => dispatch({ brandline: 1, type, payload }, { id: 'me' }, 'me', handlers);
    const data = threeYears();
    expect(await call('metrics.store', { fileName: 'big.csv', kind: 'posts', data })).toMatchObject({ ok: true, value: { added: 3300 + 10_000 + 3000 } });
    if (!copy) await (await store.db()).recordsCopy.delete('records');
    // As a restarted worker: nothing in memory.
    store.invalidateMetrics();
    const loads = vi.spyOn(MetricsRepo.prototype, 'loadAll');

    const answers: unknown[] = [];
    const timed = async () => {
      const started = performance.now();
      const result = await call('kpi.snapshot', q);
      expect(result.ok).toBe(true);
      answers.push(result);
      return performance.now() - started;
    };
    const cold = await timed();
    await store.metricsData();
    const warm = Math.min(await timed(), await timed(), await timed());
    console.info(`kpi.snapshot, 3 years, ${q.from} → ${q.to}: first ${cold.toFixed(1)} ms (cold${copy ? '' : ', no copy'}), then ${warm.toFixed(1)} ms (from memory)`);
    expect(loads).toHaveBeenCalledTimes(1);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]).toEqual({ ok: true, value: buildSnapshot(await store.metricsData(), undefined, q) });
    loads.mockRestore();
  });
});
