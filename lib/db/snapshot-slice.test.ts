import { beforeEach, describe, expect, it } from 'vitest';
import { threeYearPlan, threeYears } from '../../bench/metrics.bench';
import { examplePlan } from '../../tests/fixtures/metrics/load';
import { CHANNEL_IDS } from '../engine/types';
import { addDays } from '../metrics/dates';
import { buildSnapshot, type SnapshotQuery } from '../metrics/snapshot';
import { CONTENT_TYPES, type MetricsData } from '../metrics/types';
import type { Plan } from '../plan/types';
import { BrandlineDb } from './database';
import { MetricsRepo } from './metrics-repo';
import { readSnapshotSlice } from './snapshot-slice';

let n = 0;
let db: BrandlineDb;
let repo: MetricsRepo;

beforeEach(async () => {
  db = new BrandlineDb(`slice-${n++}`);
  await db.open();
  repo = new MetricsRepo(db);
});

/**
 * Data where a wrong slice shows: fractional values (a sum in another order differs in the last
 * bits), post ids out of date order (primary-key order ≠ index order), X follower counts that
 * stop months before the end, GA4 range rows (one ends after every other date), a source seen
 * only once early on, results of an unplanned campaign and of a planned one long before.
 */
function trickyData(): MetricsData {
  const data: MetricsData = { snapshots: [], posts: [], sessions: [], campaignResults: [] };
  const start = '2026-06-01';
  for (const [c, channel] of CHANNEL_IDS.entries()) {
    const days = channel === 'x' ? 90 : 300;
    for (let d = 0; d < days; d += 3) data.snapshots.push({ channel, date: addDays(start, d + c), followers: 1000 * (c + 1) + d * 7 });
  }
  for (let i = 0; i < 400; i++) {
    const day = addDays(start, (i * 37) % 300);
    data.posts.push({
      channel: CHANNEL_IDS[(i * 7) % 3]!,
      postId: `id-${(i * 7919) % 1000}`,
      publishedAt: `${day}T${String(i % 24).padStart(2, '0')}:30:00.000Z`,
      contentType: CONTENT_TYPES[(i * 3) % CONTENT_TYPES.length]!,
      impressions: 1000.1 + i * 0.37,
      ...(i % 5 ? { reach: 800.3 + i * 0.11 } : {}),
      reactions: 10.7 + (i % 9) * 0.1,
      ...(i % 4 ? { comments: 1.1 * (i % 3) } : {}),
      ...(i % 6 ? { linkClicks: 3.3 } : {}),
      ...(i % 11 ? {} : { negativeFeedback: 0.7 }),
    });
  }
  const sources = ['instagram', 'facebook', 't.co', 'google', 'l.facebook.com', 'newsletter'];
  for (let i = 0; i < 240; i++) {
    data.sessions.push({ date: addDays(start, (i * 5) % 300), source: sources[i % sources.length]!, landingPage: `/p${i % 4}`, sessions: 10.5 + i, ...(i % 3 ? { engagedSessions: 6.25 } : {}), conversions: 0.3 * (i % 4), revenue: 9.99 * i });
  }
  data.sessions.push({ date: '2026-05-01', source: 'ig', sessions: 4 });
  data.sessions.push({ date: '2026-12-01', rangeEnd: '2026-12-31', source: 'instagram', sessions: 800.5, conversions: 20 });
  data.sessions.push({ date: '2027-03-01', rangeEnd: '2027-05-15', source: 'x', sessions: 77, conversions: 1.5 });
  for (let d = 0; d < 300; d += 2) {
    data.campaignResults.push({ campaignId: d < 150 ? 'early' : 'late', date: addDays(start, d), spend: 100.1 + d * 0.01, clicks: 40.5, ...(d % 4 ? { conversions: 2.2, revenue: 300.3 } : {}) });
    if (d % 10 === 0) data.campaignResults.push({ campaignId: 'unplanned', date: addDays(start, d + 1), spend: 33.3, revenue: 50.05 });
  }
  return data;
}

function trickyPlan(): Plan {
  const plan = examplePlan();
  plan.channels.instagram.links.utm = { source: 'IG ', medium: 'social', campaign: 'x' };
  plan.campaigns = [
    { id: 'early', name: 'Early', channel: 'facebook', budget: 20000, currency: 'NOK', start: '2026-06-01', end: '2026-10-28' },
    { id: 'late', name: 'Late', channel: 'instagram', budget: 15000.5, currency: 'NOK', start: '2026-10-29', end: '2027-04-30' },
    { id: 'none-yet', name: 'Later', channel: 'x', budget: 5000, currency: 'NOK', start: '2027-06-01', end: '2027-06-30' },
  ];
  plan.goals.push({ id: 'x-followers', kpi: 'followers', channel: 'x', target: 5000, due: '2027-12-31' }, { id: 'fb-ctr', kpi: 'ctr', channel: 'facebook', target: 0.01, due: '2027-06-30' });
  return plan;
}

const TRICKY_QUERIES: { name: string; q: SnapshotQuery }[] = [
  { name: '28 days, all channels', q: { from: '2026-11-03', to: '2026-11-30', channel: 'all' } },
  { name: '7 days on X, months after its last follower count', q: { from: '2027-01-10', to: '2027-01-16', channel: 'x' } },
  { name: '90 days on Instagram, over the GA4 range row', q: { from: '2026-11-01', to: '2027-01-29', channel: 'instagram' } },
  { name: 'a month on Facebook inside its campaign', q: { from: '2026-07-01', to: '2026-07-31', channel: 'facebook' } },
  { name: 'one day', q: { from: '2026-09-15', to: '2026-09-15', channel: 'all' } },
  { name: 'before any data', q: { from: '2025-01-01', to: '2025-03-31', channel: 'all' } },
  { name: 'after every dated row, before the range row ends', q: { from: '2027-04-01', to: '2027-04-30', channel: 'all' } },
  { name: 'after all data', q: { from: '2028-01-01', to: '2028-01-31', channel: 'instagram' } },
  { name: 'the default range (no dates)', q: { channel: 'all' } },
  { name: 'only a start', q: { from: '2027-02-01', channel: 'x' } },
  { name: 'only an end', q: { to: '2026-08-15', channel: 'facebook' } },
  { name: 'five months (most of some tables)', q: { from: '2026-10-01', to: '2027-02-28', channel: 'all' } },
  { name: 'everything', q: { from: '2026-01-01', to: '2027-12-31', channel: 'all' } },
];

/** Bit-for-bit: JSON writes every double so that it reads back as the same double. */
const exact = (value: unknown) => JSON.stringify(value);

describe('readSnapshotSlice', () => {
  it.each(TRICKY_QUERIES)('gives the snapshot of every record: $name', async ({ q }) => {
    const plan = trickyPlan();
    await repo.store(trickyData());
    const all = await repo.loadAll();
    // Undefined: the range needs most records, the caller reads them all.
    const slice = (await readSnapshotSlice(db, q, plan.campaigns)) ?? all;
    expect(exact(buildSnapshot(slice, plan, q))).toBe(exact(buildSnapshot(all, plan, q)));
  });

  it('reads only part of the records for a short range, and leaves a long one to loadAll', async () => {
    const plan = trickyPlan();
    await repo.store(trickyData());
    const all = await repo.loadAll();
    const short = await readSnapshotSlice(db, { from: '2026-11-03', to: '2026-11-30', channel: 'all' }, plan.campaigns);
    expect(short?.posts.length).toBeLessThan(all.posts.length / 4);
    expect(short?.snapshots.length).toBeLessThan(all.snapshots.length / 4);
    // Campaign results go back to each planned campaign's start (pacing sums from there).
    expect(short?.campaignResults.length).toBeLessThan(all.campaignResults.length);
    expect(await readSnapshotSlice(db, { from: '2026-01-01', to: '2027-12-31', channel: 'all' }, plan.campaigns)).toBeUndefined();
    expect(await readSnapshotSlice(db, { from: '2026-06-01', to: '2026-12-31', channel: 'x' }, plan.campaigns)).toBeUndefined();
  });

  it('leaves an empty database to loadAll', async () => {
    expect(await readSnapshotSlice(db, { from: '2027-01-01', to: '2027-01-31', channel: 'all' }, trickyPlan().campaigns)).toBeUndefined();
  });

  const THREE_YEAR_QUERIES: SnapshotQuery[] = [
    { from: '2027-12-08', to: '2028-01-04', channel: 'all' },
    { from: '2027-10-07', to: '2028-01-04', channel: 'instagram' },
    { from: '2026-04-01', to: '2026-06-30', channel: 'x' },
    { from: '2027-01-01', to: '2027-12-31', channel: 'all' },
    { from: '2025-01-01', to: '2028-01-05', channel: 'all' },
  ];
  it.each(THREE_YEAR_QUERIES)('gives the snapshot of every record over three years: $from → $to, $channel', async (q) => {
    const plan = threeYearPlan();
    await repo.store(threeYears());
    const all = await repo.loadAll();
    const slice = (await readSnapshotSlice(db, q, plan.campaigns)) ?? all;
    expect(exact(buildSnapshot(slice, plan, q))).toBe(exact(buildSnapshot(all, plan, q)));
  });
});
