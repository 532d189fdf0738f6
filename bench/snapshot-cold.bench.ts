/**
 * KPI snapshot from the background's handler, cold and warm, in Node with fake-indexeddb
 * (issue 6 target: < 100 ms over three years of data, cold included). The three-year dataset and
 * plan of bench/metrics.bench.ts are stored, then for each query: a restarted worker (a new
 * BackgroundStore: database closed, nothing in memory), warm, a quick log to a warm and to a just
 * started worker, and a database without the records copy (its save failed: the tables are read). Every
 * answer is checked against buildSnapshot over every record. fake-indexeddb is not Chromium's
 * IndexedDB (per-row costs differ); see bench/snapshot-chromium.bench.ts for the real extension.
 * Run: `npm run bench snapshot-cold`.
 */
import 'fake-indexeddb/auto';
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createHandlers } from '../lib/background/handlers';
import { BackgroundStore } from '../lib/background/store';
import { CHANNEL_IDS } from '../lib/engine/types';
import { dispatch } from '../lib/messaging/server';
import { buildSnapshot, type SnapshotQuery } from '../lib/metrics/snapshot';
import { threeYearPlan, threeYears } from './metrics.bench';

/** What the side panel asks for over the three-year dataset (its last day with data: 2028-01-04). */
export const SNAPSHOT_QUERIES: { label: string; q: SnapshotQuery }[] = [
  { label: 'last 28 days, all channels', q: { from: '2027-12-08', to: '2028-01-04', channel: 'all' } },
  { label: 'last 90 days, Instagram', q: { from: '2027-10-07', to: '2028-01-04', channel: 'instagram' } },
  { label: 'three years, all channels', q: { from: '2025-01-01', to: '2028-01-05', channel: 'all' } },
];

const ROUNDS = 5;
const DB_NAME = 'snapshot-cold-bench';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

export async function run(): Promise<void> {
  const data = threeYears();
  const plan = threeYearPlan();
  const setup = new BackgroundStore(DB_NAME);
  await (await setup.metrics()).store(data);
  const planId = (await (await setup.plans()).save(plan, plan, { activate: CHANNEL_IDS })).id;
  const all = await (await setup.metrics()).loadAll();
  await setup.close();
  const first = all.snapshots.find((s) => s.channel === 'x' && s.date === '2025-01-01')!;
  const changed = { ...all, snapshots: all.snapshots.map((s) => (s === first ? { ...s, followers: s.followers + 1 } : s)) };
  const log = (followers: number) => ({ kind: 'followers', record: { channel: 'x', date: first.date, followers } });

  for (const { label, q } of SNAPSHOT_QUERIES) {
    const reference = buildSnapshot(all, plan, q);
    const referenceChanged = buildSnapshot(changed, plan, q);
    const times = { restart: [] as number[], noCopy: [] as number[], coldWrite: [] as number[], warmWrite: [] as number[], warm: [] as number[] };
    let same = true;
    const worker = () => {
      const store = new BackgroundStore(DB_NAME);
      const handlers = createHandlers(store);
      const call = async (type: string, payload: unknown) => {
        const answer = await dispatch({ brandline: 1, type, payload }, { id: 'bench' }, 'bench', handlers);
        if (!answer.ok) throw new Error(`${type}: ${JSON.stringify(answer.error)}`);
        return answer.value;
      };
      return { store, call, snapshot: () => timed(() => call('kpi.snapshot', { ...q, planId })) };
    };
    for (let i = 0; i < ROUNDS; i++) {
      // A restarted worker: nothing in memory, the copy of every record in the database.
      let w = worker();
      let answer = await w.snapshot();
      times.restart.push(answer.ms);
      same &&= isDeepStrictEqual(answer.value, reference);
      await w.store.metricsData();
      answer = await w.snapshot();
      times.warm.push(answer.ms);
      same &&= isDeepStrictEqual(answer.value, reference);
      // A quick log that changes a count, to the warm worker.
      await w.call('metrics.log', log(first.followers + 1));
      answer = await w.snapshot();
      times.warmWrite.push(answer.ms);
      same &&= isDeepStrictEqual(answer.value, referenceChanged);
      await w.store.close();
      // The count back, through a worker that had just started.
      w = worker();
      await w.call('metrics.log', log(first.followers));
      answer = await w.snapshot();
      times.coldWrite.push(answer.ms);
      same &&= isDeepStrictEqual(answer.value, reference);
      await w.store.close();
      // No copy (its save failed): every row from the tables.
      w = worker();
      await (await w.store.db()).recordsCopy.delete('records');
      answer = await w.snapshot();
      times.noCopy.push(answer.ms);
      same &&= isDeepStrictEqual(answer.value, reference);
      await w.store.metricsData();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await w.store.close();
    }
    const m = (xs: number[]) => median(xs).toFixed(1);
    const worst = Math.max(median(times.restart), median(times.coldWrite), median(times.warmWrite));
    console.log(
      `kpi.snapshot (${label}; fake-indexeddb): restarted worker ${m(times.restart)} ms, after a write to a restarted worker ${m(times.coldWrite)} ms, after a write to a warm worker ${m(times.warmWrite)} ms, warm ${m(times.warm)} ms; without a copy (tables read) ${m(times.noCopy)} ms (medians of ${ROUNDS}); answers equal buildSnapshot over every record: ${same ? 'yes' : 'NO'} — target < 100 ms cold: ${worst < 100 ? 'met' : 'MISSED'}`,
    );
  }
}
