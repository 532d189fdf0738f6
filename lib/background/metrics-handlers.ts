import { CHANNEL_IDS, type ChannelId } from '../engine/types';
import { eraseEverything, type MetricsRepo, type StoreCounts } from '../db/metrics-repo';
import { campaignId } from '../metrics/campaign-ids';
import { announceMetricsChanged, clearStorageKeepingRevision } from '../messaging/events';
import type { Handlers } from '../messaging/server';
import { HandlerError } from '../messaging/server';
import { nearestCounts, spentOtherDays } from '../metrics/plausibility';
import { rangeOverlap } from '../metrics/range-overlaps';
import { buildSnapshot } from '../metrics/snapshot';
import type { MetricsData } from '../metrics/types';
import { combinedPlan } from '../plan/combined';
import type { Plan } from '../plan/types';
import type { BackgroundStore } from './store';

type MetricsHandlers = Pick<Handlers, 'metrics.store' | 'metrics.log' | 'metrics.summary' | 'metrics.undoImport' | 'metrics.nearCounts' | 'metrics.campaignSpent' | 'kpi.snapshot' | 'data.erase'>;

const EMPTY: MetricsData = { snapshots: [], posts: [], sessions: [], campaignResults: [] };

/**
 * The plan whose goals, campaigns and UTM sources a snapshot uses: the one asked for; for one
 * channel its active plan; for "all" each channel's active plan for what concerns that channel
 * (lib/plan/combined.ts: a plan per channel made "all" add up to less than the channel views,
 * QA25); none when no plan is stored. (It used to be the built-in example plan, whose goals and
 * "Winter blend launch" campaign then looked like the user's own.)
 */
async function planForSnapshot(store: BackgroundStore, channel: ChannelId | 'all', planId: string | undefined): Promise<Plan | undefined> {
  const repo = await store.plans();
  if (planId) {
    const stored = await repo.get(planId);
    if (!stored) throw new HandlerError('not-found', `No plan with id "${planId}".`);
    return stored.plan;
  }
  if (channel !== 'all') return (await repo.activeFor(channel))?.plan;
  const active = await Promise.all(CHANNEL_IDS.map(async (c) => [c, (await repo.activeFor(c))?.plan] as const));
  return combinedPlan(Object.fromEntries(active));
}

export function metricsHandlers(store: BackgroundStore): MetricsHandlers {
  /** Runs one write of the metrics repo; the rows it wrote go into the worker's record cache. */
  const writing = async (run: (repo: MetricsRepo, written: (rows: MetricsData) => void) => Promise<StoreCounts>) => {
    let kept = false;
    let counts: StoreCounts;
    try {
      counts = await run(await store.metrics(), (rows) => (kept = store.keepWritten(rows)));
    } finally {
      // No full cache to put the rows into: the next snapshot reads the records copy (~12 ms).
      if (!kept) store.invalidateMetrics();
    }
    // Open side panels show the new figures (a write that changed nothing says nothing).
    if (counts.added + counts.updated > 0) await announceMetricsChanged();
    return counts;
  };
  const write = (data: MetricsData, undo?: { fileName: string }) => writing((repo, written) => repo.store(data, written, undo));

  return {
    'metrics.store': async ({ fileName, data }) => {
      // Read before the write: afterwards the import's own rows would be among the stored ones.
      // From memory, or the table's keys: a cold import does not read every record for it.
      const stored = data.sessions.length ? (store.metricsInMemory()?.sessions ?? (await (await store.metrics()).sessionSpans())) : [];
      const overlap = data.sessions.length ? rangeOverlap(data.sessions, stored) : undefined;
      // An imported file can be taken back (lib/db/import-log.ts); a number logged by hand is simply logged again.
      const counts = await write(data, { fileName });
      return overlap ? { ...counts, overlap } : counts;
    },

    'metrics.undoImport': async ({ id }) => {
      let undone;
      try {
        undone = await (await store.metrics()).undoImport(id);
      } finally {
        // Deleted rows cannot be put into the worker's cache: the next snapshot reads the tables.
        store.invalidateMetrics();
      }
      if (!undone) throw new HandlerError('conflict', 'That import is no longer the last one: it was undone, another file was imported after it, or numbers were stored over its rows.');
      await announceMetricsChanged();
      return undone;
    },

    'metrics.log': async (request) => {
      if (request.kind === 'followers') return write({ ...EMPTY, snapshots: [request.record] });
      // The popup logs a day's spend; the day may hold imported clicks, conversions and revenue,
      // which the stored record would otherwise lose (records replace by campaign and day).
      // A day imported before the plan listed the campaign is stored under its name: resolved as
      // the snapshot resolves it, the row under the id being the one that counts.
      // The read of the stored day and the write are one transaction (lib/db/metrics-repo.ts).
      const plan = await planForSnapshot(store, 'all', undefined);
      return writing((repo, written) => repo.logCampaignDay(request.record, (raw) => campaignId(raw, plan), written));
    },

    'metrics.summary': async () => (await store.metrics()).summary(),

    'metrics.nearCounts': async ({ channel, date }) => nearestCounts((await store.metricsData()).snapshots, channel, date),

    'metrics.campaignSpent': async ({ campaignId: id, date }) => {
      const [data, plan] = await Promise.all([store.metricsData(), planForSnapshot(store, 'all', undefined)]);
      return { spent: spentOtherDays(data.campaignResults, id, date, (raw) => campaignId(raw, plan)) };
    },

    'kpi.snapshot': async ({ from, to, channel, planId }) => {
      if (from && to && from > to) throw new HandlerError('bad-request', `from (${from}) is after to (${to}).`);
      const [data, plan] = await Promise.all([store.metricsData(), planForSnapshot(store, channel, planId)]);
      return buildSnapshot(data, plan, { channel, ...(from ? { from } : {}), ...(to ? { to } : {}) });
    },

    'data.erase': async () => {
      try {
        await eraseEverything(await store.db());
      } finally {
        store.invalidateMetrics();
      }
      await clearStorageKeepingRevision();
      return { erased: true as const };
    },
  };
}
