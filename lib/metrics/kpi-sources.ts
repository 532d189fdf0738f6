/**
 * Which kind of import each KPI is counted from, and where each kind's records start for a
 * channel. A previous period is compared KPI by KPI only where that KPI's own records cover it:
 * follower counts imported since last year say nothing of a post export that starts this month
 * (review 36 M3: "Posts ▲" against a period with no post data, because the followers reached back).
 */
import type { ChannelId } from '../engine/types';
import type { Plan } from '../plan/types';
import { campaignChannels } from './kpi';
import { dayOf, minDate } from './dates';
import type { MetricsData } from './types';

export const KPI_SOURCES = ['followers', 'posts', 'sessions', 'campaigns'] as const;
export type KpiSource = (typeof KPI_SOURCES)[number];

const SOURCE_OF: Readonly<Record<string, KpiSource>> = {
  followers: 'followers',
  audienceGrowth: 'followers',
  posts: 'posts',
  impressions: 'posts',
  reach: 'posts',
  engagements: 'posts',
  engagementRate: 'posts',
  ctr: 'posts',
  negativeFeedbackRate: 'posts',
  sessions: 'sessions',
  conversionRate: 'sessions',
  bounceRate: 'sessions',
  webRevenue: 'sessions',
};

/**
 * How many days after the start of a period a source's first record may come and still be read as
 * covering it. Follower counts are taken on a day, and a web export's first row of any source is
 * its first day (or it is one range); a post
 * export or a campaign's results have a row only on a day with a post or with spend, so an export
 * whose first post came on the 5th most likely started on the 1st. A week of grace, no more: an
 * export that starts 18 days into the period is no cover (QA36).
 */
export const GRACE_DAYS: Readonly<Record<KpiSource, number>> = { followers: 0, sessions: 0, posts: 6, campaigns: 6 };

/** The import a KPI id is counted from; spend, revenue, ROI, CPC, CPA and pacing come from campaign results. */
export function kpiSource(id: string): KpiSource {
  const base = id.split('.')[0]!;
  return SOURCE_OF[base] ?? 'campaigns';
}

/** The first day of each kind of record that counts for the channel (or all channels). */
export function sourceStarts(data: MetricsData, plan: Plan | undefined, channel: ChannelId | 'all'): Partial<Record<KpiSource, string>> {
  const starts: Partial<Record<KpiSource, string>> = {};
  const see = (source: KpiSource, date: string) => {
    const known = starts[source];
    starts[source] = known === undefined ? date : minDate(known, date);
  };
  const counts = (c: ChannelId | undefined) => channel === 'all' || c === channel;
  for (const s of data.snapshots) if (counts(s.channel)) see('followers', s.date);
  for (const p of data.posts) if (counts(p.channel)) see('posts', dayOf(p.publishedAt));
  // A web export covers every source from its first day, though a source with no sessions on a day
  // has no row for it (GA4): the channel's sessions are covered from the export's start (review 37 M2).
  for (const w of data.sessions) see('sessions', w.date);
  // Results of campaigns the plan does not list count for "all" only, as in the KPIs.
  const channelOf = campaignChannels(plan);
  for (const r of data.campaignResults) if (counts(channelOf.get(r.campaignId))) see('campaigns', r.date);
  return starts;
}
