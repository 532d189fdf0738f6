/**
 * The side panel's whole picture in one plain-JSON object, built in the background worker from
 * the stored records: KPI values, the previous period of the same length, goal progress, chart
 * series and the campaign table.
 */
import { unplannedCampaigns, withPlanCampaignIds } from './campaign-ids';
import type { ChannelId } from '../engine/types';
import type { Plan } from '../plan/types';
import { sourceAttributor } from './attribution';
import { campaignRow, type CampaignRow } from './campaigns';
import { addDays, dayOf, inclusiveDays, maxDate, minDate } from './dates';
import { channelsWithData, dataExtent, type DateRange } from './extent';
import { goalProgress, type GoalProgress } from './goals';
import { campaignCurrencies, computeKpis, pacingCurrencies, type KpiQuery, type KpiValues } from './kpi';
import { inCampaignCurrency } from './kpi-format';
import { GRACE_DAYS, KPI_SOURCES, kpiSource, sourceStarts, type KpiSource } from './kpi-sources';
import { CONTENT_TYPES, type ContentType, type MetricsData } from './types';

export type { CampaignRow } from './campaigns';
export type { GoalProgress } from './goals';
export type { KpiQuery, KpiValues } from './kpi';

/** Without `from`/`to`: the 28 days that end on the last day with data (or today without data). */
export interface SnapshotQuery {
  from?: string;
  to?: string;
  channel: ChannelId | 'all';
}

export interface KpiSnapshot {
  query: KpiQuery;
  /** The period of the same length just before the query's range. */
  previous: DateRange;
  kpis: KpiValues;
  previousKpis: KpiValues;
  /** No records of the query's channel cover the previous period whole (they start inside it or later): `previousKpis` is empty, there is nothing to compare with. */
  previousBeforeData?: true;
  /** With `previousBeforeData`: the first day of the query channel's records, before which nothing can be compared. */
  dataFrom?: string;
  /** The previous period's campaign money is in another currency: its spend, revenue, CPC and CPA are left out of `previousKpis`. */
  previousOtherCurrency?: true;
  /** First and last day of all stored data; absent when nothing is stored. */
  dataRange?: DateRange;
  channelsWithData: ChannelId[];
  goals: GoalProgress[];
  charts: {
    followers: { channel: ChannelId; points: { date: string; followers: number }[] }[];
    engagementByType: { contentType: ContentType; rate: number }[];
  };
  campaigns: CampaignRow[];
  /** Campaigns of the range's results that the plan does not list: counted under "all" only (QA29). */
  unplannedCampaigns?: string[];
  /** The one currency of the campaign results the range counts; absent when none or several. */
  currency?: string;
  /** The plan whose goals, campaigns and UTM sources were used; null when none is stored. */
  plan: { id: string; name: string } | null;
}

export const DEFAULT_RANGE_DAYS = 28;

export function resolveQuery(data: MetricsData, q: SnapshotQuery, today: string = new Date().toISOString().slice(0, 10)): KpiQuery {
  const extent = dataExtent(data);
  // A lone `from` after the data still gets a range that is not upside down.
  const to = q.to ?? maxDate(extent?.to ?? today, q.from ?? '');
  const from = q.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  return { from, to, channel: q.channel };
}

export function previousPeriod(range: DateRange): DateRange {
  const days = inclusiveDays(range.from, range.to);
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) };
}

export function buildSnapshot(stored: MetricsData, plan: Plan | undefined, q: SnapshotQuery): KpiSnapshot {
  const data = withPlanCampaignIds(stored, plan);
  const query = resolveQuery(data, q);
  const attribute = sourceAttributor(plan);
  const previous = previousPeriod(query);
  const kpis = computeKpis(data, plan, query, attribute);
  const dataRange = dataExtent(data);
  // A previous period is compared only where the imports cover it, whole (QA20: "▲ from 0" told a
  // boss that posting went up from nothing; QA36: "Posts ▲ +137.5 %" against a period whose first
  // 18 days had no data) — and KPI by KPI, from that KPI's own records of this channel: follower
  // counts that reach back say nothing of a post export that does not (rev25, review 36 M3).
  const startOf = sourceStarts(data, plan, query.channel);
  const coveredFrom = (start: string | undefined, source: KpiSource) => start !== undefined && start <= addDays(previous.from, GRACE_DAYS[source]);
  // "All channels" adds the channels' posts up: each channel posting in this range must have its own
  // posts reach back, or "Posts ▲" is another channel's export added (review 37 M3).
  const postChannels = query.channel === 'all' ? new Set(data.posts.filter((p) => dayOf(p.publishedAt) >= query.from && dayOf(p.publishedAt) <= query.to).map((p) => p.channel)) : new Set<ChannelId>();
  const allPostsCovered = [...postChannels].every((channel) => coveredFrom(sourceStarts(data, plan, channel).posts, 'posts'));
  const covered = (source: KpiSource) => coveredFrom(startOf[source], source) && (source !== 'posts' || allPostsCovered);
  // Followers are a count at a day (the latest on or before the period's end, SPEC §5): any count
  // of the channel by then is the previous value; weekly counts logged from the 3rd are (review 37 M1).
  const coversId = (id: string) => (id === 'followers' ? startOf.followers !== undefined && startOf.followers <= previous.to : covered(kpiSource(id)));
  const starts = Object.values(startOf);
  const scopeFrom = starts.length ? starts.reduce((a, b) => minDate(a, b)) : undefined;
  const beforeData = scopeFrom !== undefined && !KPI_SOURCES.some(covered) && !coversId('followers');
  const previousKpis = beforeData ? {} : computeKpis(data, plan, { ...previous, channel: query.channel }, attribute);
  for (const id of Object.keys(previousKpis)) if (!coversId(id)) delete previousKpis[id];
  // Followers of all channels are a sum: with a channel's first count inside this range, the
  // previous sum lacks it, and "▲ +596 %" was a channel added, not followers won (QA36).
  if (query.channel === 'all' && previousKpis.followers !== undefined) {
    const counted = (to: string) => new Set(data.snapshots.filter((s) => s.date <= to).map((s) => s.channel)).size;
    if (counted(previous.to) !== counted(query.to)) delete previousKpis.followers;
  }
  // Money of another currency is no "previous period": €200 against NOK 2,000 read "Spend ▼ −90 %"
  // (QA25). Ratios (ROI, ROAS, pacing) compare across currencies and stay.
  const currencies = campaignCurrencies(data.campaignResults, plan, query);
  const previousCurrencies = campaignCurrencies(data.campaignResults, plan, { ...previous, channel: query.channel });
  const currency = currencies.size === 1 ? [...currencies][0] : undefined;
  const previousOtherCurrency = currency !== undefined && previousCurrencies.size === 1 && !previousCurrencies.has(currency);
  if (previousOtherCurrency) {
    for (const id of Object.keys(previousKpis)) if (inCampaignCurrency(id)) delete previousKpis[id];
  }

  const byGoalChannel = new Map<ChannelId | 'all', KpiValues>([[query.channel, kpis]]);
  const goals = (plan?.goals ?? []).map((goal) => {
    let values = byGoalChannel.get(goal.channel);
    if (!values) byGoalChannel.set(goal.channel, (values = computeKpis(data, plan, { ...query, channel: goal.channel }, attribute)));
    const progress = goalProgress(goal, values, data, query);
    // Say why a money goal has no value when its campaigns mix currencies, as the tile does (QA22).
    // Overall pacing counts the campaigns with pacing (spend from each start), the other money KPIs
    // the results in the range: each by its own rule (kpi.ts; rev26).
    const goalQuery = { ...query, channel: goal.channel };
    const currencies = goal.kpi === 'budgetPacing' ? pacingCurrencies(data.campaignResults, plan, goalQuery) : campaignCurrencies(data.campaignResults, plan, goalQuery);
    if (progress.value === undefined && isMoneyKpi(goal.kpi) && currencies.size > 1) {
      progress.mixedCurrencies = true;
    }
    // Each goal in its own channel's currency: an Instagram NOK goal read "€5,000" when the
    // range's results were X's euros (rev28).
    if (inCampaignCurrency(goal.kpi)) {
      const planned = new Set((plan?.campaigns ?? []).filter((c) => goal.channel === 'all' || c.channel === goal.channel).map((c) => c.currency));
      const own = currencies.size ? currencies : planned;
      if (own.size === 1) progress.currency = [...own][0]!;
    }
    const pacedId = goal.kpi.startsWith('budgetPacing.') ? goal.kpi.slice('budgetPacing.'.length) : undefined;
    if (pacedId !== undefined && !plan?.campaigns.some((c) => c.id === pacedId)) progress.unknownCampaign = pacedId;
    return progress;
  });

  return {
    query,
    previous,
    kpis,
    previousKpis,
    ...(beforeData ? { previousBeforeData: true, dataFrom: scopeFrom } : {}),
    ...(previousOtherCurrency ? { previousOtherCurrency: true } : {}),
    ...(dataRange ? { dataRange } : {}),
    channelsWithData: channelsWithData(data, plan),
    goals,
    charts: {
      followers: followerSeries(data, query),
      engagementByType: CONTENT_TYPES.flatMap((contentType) => {
        const rate = kpis[`engagementRate.${contentType}`];
        return rate === undefined ? [] : [{ contentType, rate }];
      }),
    },
    campaigns: (plan?.campaigns ?? [])
      .filter((c) => query.channel === 'all' || c.channel === query.channel)
      .map((c) => campaignRow(c, data.campaignResults, query.to)),
    ...unplannedIn(data, plan, query),
    ...(currency !== undefined ? { currency } : {}),
    plan: plan ? { id: plan.id, name: plan.name } : null,
  };
}

/** Results in range of campaigns the plan does not list (they count for "all" only). */
function unplannedIn(data: MetricsData, plan: Plan | undefined, q: KpiQuery): { unplannedCampaigns?: string[] } {
  if (q.channel !== 'all') return {};
  const ids = unplannedCampaigns(data.campaignResults.filter((r) => r.date >= q.from && r.date <= q.to), plan);
  return ids.length ? { unplannedCampaigns: ids } : {};
}

function followerSeries(data: MetricsData, q: KpiQuery): KpiSnapshot['charts']['followers'] {
  const series = new Map<ChannelId, { date: string; followers: number }[]>();
  for (const s of data.snapshots) {
    if (s.date < q.from || s.date > q.to || (q.channel !== 'all' && s.channel !== q.channel)) continue;
    let points = series.get(s.channel);
    if (!points) series.set(s.channel, (points = []));
    points.push({ date: s.date, followers: s.followers });
  }
  return [...series].map(([channel, points]) => ({ channel, points: points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) }));
}

/** KPIs in money, absent when the campaigns counted are in several currencies (kpi.ts). */
const isMoneyKpi = (kpi: string) => inCampaignCurrency(kpi) || kpi === 'roi' || kpi === 'roas' || kpi === 'budgetPacing';
