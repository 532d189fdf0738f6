/**
 * Metrics benchmark (issue 6): importing a 50,000-row export — time and peak memory — and a KPI
 * snapshot over three years of data (3 channels × 1,100 days of follower counts, 10,000 posts,
 * 3,000 web-session rows): time from request to numbers, which the background must answer in
 * under 100 ms. Run: `npm run bench metrics`, or `node --expose-gc --import tsx bench/run.ts metrics` for a clean
 * memory baseline.
 */
import { performance } from 'node:perf_hooks';
import { CHANNEL_IDS } from '../lib/engine/types';
import { addDays } from '../lib/metrics/dates';
import { importMetricsFile } from '../lib/metrics/import';
import { buildSnapshot } from '../lib/metrics/snapshot';
import { CONTENT_TYPES, type MetricsData } from '../lib/metrics/types';
import type { Plan } from '../lib/plan/types';
import { readFileSync } from 'node:fs';

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

function seeded(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
}

/** A Meta Business Suite Facebook export with `rows` posts, written as Meta writes it. */
function facebookExport(rows: number): string {
  const random = seeded(42);
  const header =
    'Post ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,Caption type,Permalink,Is crosspost,Is share,Post type,Languages,Custom labels,Funded content status,Data comment,Date,Views,Reach,"Reactions, Comments and Shares",Reactions,Comments,Shares,Total clicks,Link clicks,Other Clicks,Negative feedback from users: Hide all,Negative feedback from users: Hide';
  const types = ['Photos', 'Videos', 'Links', 'Status', 'Reels'];
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 40) * 86_400_000);
    const stamp = `${String(day.getUTCMonth() + 1).padStart(2, '0')}/${String(day.getUTCDate()).padStart(2, '0')}/${day.getUTCFullYear()} ${String(i % 24).padStart(2, '0')}:00`;
    const reach = Math.floor(random() * 9000) + 500;
    const views = Math.floor(reach * 1.3);
    lines.push(
      `102345678901234_${900000000000000 + i},102345678901234,Nordlys Coffee,,"Post number ${i}, with a comma",,${stamp},,https://www.facebook.com/102345678901234/posts/${i},No,No,${types[i % 5]},en,,,,Lifetime,"${views.toLocaleString('en-US')}","${reach.toLocaleString('en-US')}",${Math.floor(reach * 0.05)},${Math.floor(reach * 0.04)},${Math.floor(reach * 0.007)},${Math.floor(reach * 0.003)},${Math.floor(reach * 0.02)},${Math.floor(reach * 0.01)},${Math.floor(reach * 0.01)},0,-`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function threeYears(): MetricsData {
  const random = seeded(7);
  const start = '2025-01-01';
  const data: MetricsData = { snapshots: [], posts: [], sessions: [], campaignResults: [] };
  for (const channel of CHANNEL_IDS) {
    let followers = 5000;
    for (let d = 0; d < 1100; d++) data.snapshots.push({ channel, date: addDays(start, d), followers: (followers += Math.floor(random() * 20) - 4) });
  }
  for (let i = 0; i < 10_000; i++) {
    const impressions = Math.floor(random() * 5000) + 100;
    data.posts.push({
      channel: CHANNEL_IDS[i % 3]!,
      postId: `p${i}`,
      publishedAt: `${addDays(start, Math.floor((i * 1100) / 10_000))}T12:00:00.000Z`,
      contentType: CONTENT_TYPES[i % CONTENT_TYPES.length]!,
      impressions,
      reach: Math.floor(impressions * 0.8),
      reactions: Math.floor(impressions * 0.04),
      comments: Math.floor(impressions * 0.005),
      shares: Math.floor(impressions * 0.003),
      linkClicks: Math.floor(impressions * 0.01),
    });
  }
  const sources = ['facebook', 'instagram', 't.co', 'google', 'l.facebook.com', 'x'];
  for (let i = 0; i < 3000; i++) {
    const sessions = Math.floor(random() * 200) + 1;
    data.sessions.push({ date: addDays(start, Math.floor(i / 3)), source: sources[i % sources.length]!, landingPage: `/page-${i % 7}`, sessions, engagedSessions: Math.floor(sessions * 0.6), conversions: Math.floor(sessions * 0.03), revenue: sessions * 9 });
  }
  for (let d = 0; d < 1100; d += 1) data.campaignResults.push({ campaignId: `c${Math.floor(d / 90)}`, date: addDays(start, d), spend: 500, clicks: 250, conversions: 5, revenue: 1500 });
  return data;
}

export function threeYearPlan(): Plan {
  const plan = JSON.parse(readFileSync(new URL('../samples/plan.example.json', import.meta.url), 'utf8')) as Plan;
  plan.campaigns = Array.from({ length: 13 }, (_, q) => ({ id: `c${q}`, name: `Quarter ${q}`, channel: CHANNEL_IDS[q % 3]!, budget: 45000, currency: 'NOK', start: addDays('2025-01-01', q * 90), end: addDays('2025-01-01', q * 90 + 89) }));
  return plan;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  await benchImport();
  gc?.();
  benchSnapshot();
}

async function benchImport(): Promise<void> {
  const bytes = new TextEncoder().encode(facebookExport(50_000));
  gc?.();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const t0 = performance.now();
  const result = await importMetricsFile({ name: 'facebook-50k.csv', bytes }, { onProgress: sample });
  const importMs = performance.now() - t0;
  sample();
  console.log(`import: ${result.rows.toLocaleString('en-US')} rows (${(bytes.length / MB).toFixed(1)} MB, Facebook export) in ${importMs.toFixed(0)} ms — ${((result.rows / importMs) * 1000).toFixed(0)} rows/s; ${result.data.posts.length} posts`);
  console.log(`import: peak heap +${((peakHeap - before.heapUsed) / MB).toFixed(1)} MB over the start (${(peakHeap / MB).toFixed(0)} MB), peak RSS ${(peakRss / MB).toFixed(0)} MB${gc ? '' : ' (run with --expose-gc for a clean baseline)'}`);

}

function benchSnapshot(): void {
  const data = threeYears();
  const plan = threeYearPlan();
  const queries = [
    { label: 'three years, all channels', q: { from: '2025-01-01', to: '2028-01-05', channel: 'all' as const } },
    { label: 'last 28 days, all channels', q: { from: '2027-12-09', to: '2028-01-05', channel: 'all' as const } },
    { label: 'one quarter, Instagram', q: { from: '2026-04-01', to: '2026-06-30', channel: 'instagram' as const } },
  ];
  for (const { label, q } of queries) {
    const first = performance.now();
    buildSnapshot(data, plan, q);
    const firstMs = performance.now() - first;
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const s = performance.now();
      buildSnapshot(data, plan, q);
      times.push(performance.now() - s);
    }
    const worst = Math.max(firstMs, ...times);
    console.log(`snapshot (${label}; 3,300 follower counts, 10,000 posts, 3,000 session rows, 1,100 campaign days): first ${firstMs.toFixed(1)} ms, median ${median(times).toFixed(1)} ms, worst ${worst.toFixed(1)} ms — target < 100 ms: ${worst < 100 ? 'met' : 'MISSED'}`);
  }
}
