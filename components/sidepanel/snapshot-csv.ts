/**
 * The snapshot as CSV, to send to a boss: one row per KPI with its value, the previous period's
 * value, and the goal it is measured against; then the goals of other channels, and each campaign
 * to date as the campaign table shows it. Raw numbers, so a spreadsheet can compute on them, with
 * the currency of every amount.
 */
import type { KpiSnapshot } from '@/lib/metrics/snapshot';
import { inCampaignCurrency } from '@/lib/metrics/kpi-format';
import { campaignCurrency } from './labels';
import { tileIds } from './tile-list';

const HEADER = ['kpi', 'channel', 'from', 'to', 'value', 'previous_from', 'previous_to', 'previous_value', 'goal_target', 'goal_due', 'goal_on_track', 'currency'];

type Cell = string | number | boolean | undefined;

export function cell(value: Cell): string {
  if (value === undefined) return '';
  // A text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading ' so it
  // shows as text (OWASP's CSV-injection advice). Numbers stay numbers: −0.2 is an ROI.
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Campaign-to-date figures, as the campaign table shows them; `money` ones are in the campaign's currency. */
const CAMPAIGN_FIGURES = [
  ['budget', true],
  ['spend', true],
  ['projectedSpend', true],
  ['pacing', false],
  ['roi', false],
  ['roas', false],
  ['cpc', true],
  ['cpa', true],
  ['overspend', false],
] as const;

export function snapshotCsv(snapshot: KpiSnapshot): string {
  const { query, previous } = snapshot;
  const currency = campaignCurrency(snapshot);
  const rows: Cell[][] = [];
  const tiles = new Set<string>();
  for (const { ids } of tileIds(snapshot)) {
    for (const id of ids) {
      tiles.add(id);
      const goal = snapshot.goals.find((g) => g.kpi === id && g.channel === query.channel);
      rows.push([id, query.channel, query.from, query.to, snapshot.kpis[id], previous.from, previous.to, snapshot.previousKpis[id], goal?.target, goal?.due, goal?.onTrack, inCampaignCurrency(id) ? currency : undefined]);
    }
  }
  // The panel lists every goal of the plan, each on its own channel; so does the export (a goal
  // of this channel whose KPI has no tile, such as a content type without data, included).
  for (const goal of snapshot.goals) {
    if (goal.channel === query.channel && tiles.has(goal.kpi)) continue;
    rows.push([goal.kpi, goal.channel, query.from, query.to, goal.value, undefined, undefined, undefined, goal.target, goal.due, goal.onTrack, inCampaignCurrency(goal.kpi) ? currency : undefined]);
  }
  for (const campaign of snapshot.campaigns) {
    const to = campaign.end < query.to ? campaign.end : query.to;
    for (const [figure, money] of CAMPAIGN_FIGURES) {
      rows.push([`campaign.${campaign.id}.${figure}`, campaign.channel, campaign.start, to, campaign[figure], undefined, undefined, undefined, undefined, undefined, undefined, money ? campaign.currency : undefined]);
    }
  }
  return `${[HEADER.join(','), ...rows.map((row) => row.map(cell).join(','))].join('\n')}\n`;
}

export const snapshotFileName = (snapshot: KpiSnapshot): string => `brandline-kpis-${snapshot.query.channel}-${snapshot.query.from}-${snapshot.query.to}.csv`;
