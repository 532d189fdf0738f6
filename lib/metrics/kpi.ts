/**
 * The KPI engine (SPEC section 5 — contract). Pure: the same records, plan and query always give
 * the same numbers, in the CLI, the background worker and the tests.
 */
import { CHANNEL_IDS, type ChannelId } from '../engine/types';
import type { Plan } from '../plan/types';
import { Ratio, Sum, sumDefined } from './accumulators';
import { sourceAttributor, type SourceAttributor } from './attribution';
import { dayOf, inclusiveDays, minDate } from './dates';
import { effectiveBounces, sessionsForBounces, sessionsForConversions, spendFor } from './record-parts';
import { CONTENT_TYPES, type CampaignResult, type MetricsData, type PostMetrics, type WebSession } from './types';

export interface KpiQuery {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, inclusive. */
  to: string;
  channel: ChannelId | 'all';
}

/** KPI id → value; a KPI without data is absent from the record, never 0 (SPEC section 5). */
export type KpiValues = Record<string, number>;

/** Engagements of one post: the source's total when it gives one, else the sum of the parts it has. */
export function engagementsOf(post: PostMetrics): number | undefined {
  if (post.engagements !== undefined) return post.engagements;
  return sumDefined([post.reactions, post.comments, post.shares, post.saves]);
}

/** A GA4 row without a date counts only when the KPI range holds the export's whole range. */
export function sessionInRange(row: WebSession, from: string, to: string): boolean {
  if (row.rangeEnd !== undefined) return row.date >= from && row.rangeEnd <= to;
  return row.date >= from && row.date <= to;
}

export function computeKpis(data: MetricsData, plan: Plan | undefined, q: KpiQuery, attribute: SourceAttributor = sourceAttributor(plan)): KpiValues {
  const out: KpiValues = {};
  const put = (id: string, value: number | undefined) => {
    if (value !== undefined && Number.isFinite(value)) out[id] = value;
  };
  const channels = q.channel === 'all' ? CHANNEL_IDS : [q.channel];
  const inChannel = (c: ChannelId) => q.channel === 'all' || q.channel === c;

  audienceKpis(data, channels, q, put);
  postKpis(data, inChannel, q, put);
  sessionKpis(data.sessions, inChannel, q, attribute, put);
  campaignKpis(data.campaignResults, plan, inChannel, q, put);
  return out;
}

type Put = (id: string, value: number | undefined) => void;

function audienceKpis(data: MetricsData, channels: readonly ChannelId[], q: KpiQuery, put: Put): void {
  const latest = new Map<ChannelId, { date: string; followers: number }>();
  const first = new Map<ChannelId, { date: string; followers: number }>();
  const last = new Map<ChannelId, { date: string; followers: number }>();
  for (const s of data.snapshots) {
    if (!channels.includes(s.channel) || s.date > q.to) continue;
    const l = latest.get(s.channel);
    if (!l || s.date > l.date) latest.set(s.channel, s);
    if (s.date < q.from) continue;
    const f = first.get(s.channel);
    if (!f || s.date < f.date) first.set(s.channel, s);
    const z = last.get(s.channel);
    if (!z || s.date > z.date) last.set(s.channel, s);
  }
  put('followers', latest.size ? [...latest.values()].reduce((n, s) => n + s.followers, 0) : undefined);
  let sumFirst = 0;
  let sumLast = 0;
  let growing = 0;
  for (const channel of channels) {
    const f = first.get(channel);
    const z = last.get(channel);
    if (!f || !z || f.date === z.date) continue;
    sumFirst += f.followers;
    sumLast += z.followers;
    growing += 1;
  }
  put('audienceGrowth', growing > 0 && sumFirst !== 0 ? (sumLast - sumFirst) / sumFirst : undefined);
}

function postKpis(data: MetricsData, inChannel: (c: ChannelId) => boolean, q: KpiQuery, put: Put): void {
  let hasPosts = false;
  let posts = 0;
  const impressions = new Sum();
  const reach = new Sum();
  const engagements = new Sum();
  const engagementRate = new Ratio();
  const byType = new Map<string, Ratio>();
  const ctr = new Ratio();
  const negative = new Ratio();
  for (const p of data.posts) {
    if (!inChannel(p.channel)) continue;
    hasPosts = true;
    const day = dayOf(p.publishedAt);
    if (day < q.from || day > q.to) continue;
    posts += 1;
    impressions.add(p.impressions);
    reach.add(p.reach);
    const e = engagementsOf(p);
    engagements.add(e);
    const audience = p.reach ?? p.impressions;
    engagementRate.add(e, audience);
    let typed = byType.get(p.contentType);
    if (!typed) byType.set(p.contentType, (typed = new Ratio()));
    typed.add(e, audience);
    ctr.add(p.linkClicks, p.impressions);
    negative.add(p.negativeFeedback, audience);
  }
  put('posts', hasPosts ? posts : undefined);
  put('impressions', impressions.value);
  put('reach', reach.value);
  put('engagements', engagements.value);
  put('engagementRate', engagementRate.value);
  // In SPEC §5's order of content types, not the order the posts came in: the same data gives the
  // same JSON whatever the order of the imports (QA26).
  for (const type of CONTENT_TYPES) {
    const ratio = byType.get(type);
    if (ratio) put(`engagementRate.${type}`, ratio.value);
  }
  put('ctr', ctr.value);
  put('negativeFeedbackRate', negative.value);
}

function sessionKpis(rows: WebSession[], inChannel: (c: ChannelId) => boolean, q: KpiQuery, attribute: SourceAttributor, put: Put): void {
  const sessions = new Sum();
  const conversion = new Ratio();
  const bounce = new Ratio();
  const revenue = new Sum();
  for (const row of rows) {
    if (!sessionInRange(row, q.from, q.to)) continue;
    const channel = attribute(row.source);
    if (!channel || !inChannel(channel)) continue;
    sessions.add(row.sessions);
    conversion.add(row.conversions, sessionsForConversions(row));
    bounce.add(effectiveBounces(row), sessionsForBounces(row));
    revenue.add(row.revenue);
  }
  put('sessions', sessions.value);
  put('conversionRate', conversion.value);
  put('bounceRate', bounce.value);
  put('webRevenue', revenue.value);
}

/** Channel of each planned campaign; results of campaigns outside the plan count for `all` only. */
export function campaignChannels(plan: Plan | undefined): Map<string, ChannelId> {
  return new Map((plan?.campaigns ?? []).map((c) => [c.id, c.channel]));
}

/** Does a campaign result count for the query: in range, and its campaign's channel (unplanned: `all` only)? */
function resultFilter(plan: Plan | undefined, q: KpiQuery): (r: CampaignResult) => boolean {
  const channelOf = campaignChannels(plan);
  return (r) => {
    if (r.date < q.from || r.date > q.to) return false;
    const channel = channelOf.get(r.campaignId);
    return channel === undefined ? q.channel === 'all' : q.channel === 'all' || q.channel === channel;
  };
}

/**
 * The plan currencies of the campaign results a query counts. More than one: the money KPIs
 * (spend, revenue, roi, roas, cpc, cpa) are left out, since NOK and EUR do not add up.
 */
export function campaignCurrencies(results: CampaignResult[], plan: Plan | undefined, q: KpiQuery): Set<string> {
  const currencyOf = new Map((plan?.campaigns ?? []).map((c) => [c.id, c.currency]));
  const counts = resultFilter(plan, q);
  const currencies = new Set<string>();
  for (const r of results) {
    const currency = currencyOf.get(r.campaignId);
    if (currency !== undefined && counts(r)) currencies.add(currency);
  }
  return currencies;
}

/**
 * The currencies of the campaigns the overall `budgetPacing` of a query adds up: those of its
 * channel with pacing by `to` (spend from each campaign's start). More than one: no overall pacing.
 */
export function pacingCurrencies(results: CampaignResult[], plan: Plan | undefined, q: KpiQuery): Set<string> {
  const currencies = new Set<string>();
  for (const campaign of plan?.campaigns ?? []) {
    if (q.channel !== 'all' && campaign.channel !== q.channel) continue;
    if (budgetPacing(results, campaign, q.to)) currencies.add(campaign.currency);
  }
  return currencies;
}

function campaignKpis(results: CampaignResult[], plan: Plan | undefined, inChannel: (c: ChannelId) => boolean, q: KpiQuery, put: Put): void {
  const counts = resultFilter(plan, q);
  const spend = new Sum();
  const revenue = new Sum();
  const roi = new Ratio();
  const roas = new Ratio();
  const cpc = new Ratio();
  const cpa = new Ratio();
  for (const r of results) {
    if (!counts(r)) continue;
    spend.add(r.spend);
    revenue.add(r.revenue);
    addReturns(r, roi, roas, cpc, cpa);
  }
  // NOK and EUR do not add up, and neither do ratios of their sums: with campaigns in several
  // currencies in the range (all channels, say) the money KPIs are absent rather than wrong.
  // Per campaign they stay (budgetPacing.<id> below, the side panel's campaign table).
  const oneCurrency = campaignCurrencies(results, plan, q).size <= 1;
  put('spend', oneCurrency ? spend.value : undefined);
  put('revenue', oneCurrency ? revenue.value : undefined);
  put('roi', oneCurrency ? roi.value : undefined);
  put('roas', oneCurrency ? roas.value : undefined);
  put('cpc', oneCurrency ? cpc.value : undefined);
  put('cpa', oneCurrency ? cpa.value : undefined);
  // Bare `budgetPacing` (a KpiId, so a plan's goal may name it): the campaigns of the channel
  // taken together, cumulative spend over cumulative planned spend, by the same definition.
  // Amounts in different currencies do not add up: then there is no overall pacing.
  const overall = new Ratio();
  const currencies = new Set<string>();
  for (const campaign of plan?.campaigns ?? []) {
    if (!inChannel(campaign.channel)) continue;
    const pacing = budgetPacing(results, campaign, q.to);
    put(`budgetPacing.${campaign.id}`, pacing?.pacing);
    if (!pacing) continue;
    overall.add(pacing.spend, pacing.planned);
    currencies.add(campaign.currency);
  }
  put('budgetPacing', currencies.size === 1 ? overall.value : undefined);
}

export interface Pacing {
  /** Cumulative spend from the campaign's start to min(to, end). */
  spend: number;
  elapsedDays: number;
  campaignDays: number;
  /** budget × elapsed / campaign days: what the campaign was to have spent by then. */
  planned: number;
  /** spend / (budget × elapsed / campaign days). */
  pacing: number;
}

/** SPEC section 5 `budgetPacing.<campaignId>`; absent before the start, without results or budget. */
export function budgetPacing(results: CampaignResult[], campaign: { id: string; budget: number; start: string; end: string }, to: string): Pacing | undefined {
  const until = minDate(to, campaign.end);
  if (until < campaign.start) return undefined;
  const elapsedDays = inclusiveDays(campaign.start, until);
  const campaignDays = inclusiveDays(campaign.start, campaign.end);
  const planned = (campaign.budget * elapsedDays) / campaignDays;
  if (!(planned > 0)) return undefined;
  let any = false;
  let spend = 0;
  for (const r of results) {
    if (r.campaignId !== campaign.id) continue;
    any = true;
    if (r.date >= campaign.start && r.date <= until) spend += r.spend;
  }
  return any ? { spend, elapsedDays, campaignDays, planned, pacing: spend / planned } : undefined;
}

/**
 * Adds one campaign result to ROI, ROAS, CPC and CPA: each over the results that have both of its
 * fields, with the spend of the rows that gave the field (`spendFor`).
 */
export function addReturns(r: CampaignResult, roi: Ratio, roas: Ratio, cpc: Ratio, cpa: Ratio): void {
  if (r.revenue !== undefined) {
    const spend = spendFor(r, 'revenue');
    roi.add(r.revenue - spend, spend);
    roas.add(r.revenue, spend);
  }
  if (r.clicks !== undefined) cpc.add(spendFor(r, 'clicks'), r.clicks);
  if (r.conversions !== undefined) cpa.add(spendFor(r, 'conversions'), r.conversions);
}
