/**
 * The campaign table: each planned campaign's spend to date against its budget, with pacing,
 * return and cost per result, and whether it will overspend at its current pace.
 */
import type { ChannelId } from '../engine/types';
import type { Campaign } from '../plan/types';
import { Ratio } from './accumulators';
import { inclusiveDays, minDate } from './dates';
import { addReturns, budgetPacing } from './kpi';
import type { CampaignResult } from './types';

export interface CampaignRow {
  id: string;
  name: string;
  channel: ChannelId;
  currency: string;
  budget: number;
  start: string;
  end: string;
  /** Spend from the start to min(to, end); absent when no result of the campaign is imported at all (not 0: QA36). */
  spend?: number;
  elapsedDays: number;
  campaignDays: number;
  pacing?: number;
  roi?: number;
  roas?: number;
  cpc?: number;
  cpa?: number;
  /** Spend at `end` if the current daily pace continues. */
  projectedSpend?: number;
  overspend: boolean;
  /** Cumulative spend by result date, for the pacing chart. */
  series: { date: string; spend: number }[];
}

export function campaignRow(campaign: Campaign, results: CampaignResult[], to: string): CampaignRow {
  const until = minDate(to, campaign.end);
  const own = results.filter((r) => r.campaignId === campaign.id && r.date >= campaign.start && r.date <= until).sort((a, b) => (a.date < b.date ? -1 : 1));
  const roi = new Ratio();
  const roas = new Ratio();
  const cpc = new Ratio();
  const cpa = new Ratio();
  const series: { date: string; spend: number }[] = [];
  let spend = 0;
  for (const r of own) {
    spend += r.spend;
    const last = series[series.length - 1];
    if (last && last.date === r.date) last.spend = spend;
    else series.push({ date: r.date, spend });
    addReturns(r, roi, roas, cpc, cpa);
  }
  const pacing = budgetPacing(results, campaign, to);
  const campaignDays = inclusiveDays(campaign.start, campaign.end);
  const elapsedDays = until < campaign.start ? 0 : inclusiveDays(campaign.start, until);
  const projectedSpend = elapsedDays > 0 && pacing ? (spend / elapsedDays) * campaignDays : undefined;
  const row: CampaignRow = {
    id: campaign.id,
    name: campaign.name,
    channel: campaign.channel,
    currency: campaign.currency,
    budget: campaign.budget,
    start: campaign.start,
    end: campaign.end,
    elapsedDays,
    campaignDays,
    // A budget of 0 has no pacing to project from, but any spend is over it (QA29).
    overspend: (projectedSpend !== undefined && projectedSpend > campaign.budget) || spend > campaign.budget,
    series,
  };
  // Pacing counts a campaign with results imported (any date) as spending nothing on the days
  // without: its spend beside that pacing is 0 then, not "—" beside "0 %" (review 36 L9).
  const optional = { spend: own.length || pacing ? spend : undefined, pacing: pacing?.pacing, roi: roi.value, roas: roas.value, cpc: cpc.value, cpa: cpa.value, projectedSpend };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(row, { [key]: value });
  return row;
}
