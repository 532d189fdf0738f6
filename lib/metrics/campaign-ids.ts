/**
 * Which planned campaign a campaign cell means. Brandline's templates accept the plan's campaign
 * id or its name (any case); an import resolves them with the plan active then. Results imported
 * before the plan that lists their campaign keep the name as written, so the snapshot resolves
 * them again against the plan it is computed with: they count for their campaign once it is
 * planned, instead of only for "all".
 */
import type { Plan } from '../plan/types';
import { campaignResultKey, keyText } from './record-keys';
import type { CampaignResult, MetricsData } from './types';

/** A campaign cell's text → the plan's campaign id, or the text as written when no campaign matches. */
export function campaignId(raw: string, plan: Plan | undefined): string {
  const lower = raw.toLowerCase();
  return plan?.campaigns.find((c) => c.id.toLowerCase() === lower || c.name.toLowerCase() === lower)?.id ?? raw;
}

/**
 * `data` with every campaign result under its planned campaign's id. A day stored both under the
 * name (imported before the plan) and under the id (after) counts once: the row stored under the id
 * wins, since it was read with the plan. Without anything to resolve, `data` itself comes back, so
 * the usual case costs one pass and sums add up in the stored order.
 */
export function withPlanCampaignIds(data: MetricsData, plan: Plan | undefined): MetricsData {
  if (!plan?.campaigns.length) return data;
  const ids = new Set(plan.campaigns.map((c) => c.id));
  const resolved = new Map<CampaignResult, string>();
  for (const r of data.campaignResults) {
    if (ids.has(r.campaignId)) continue;
    const id = campaignId(r.campaignId, plan);
    if (id !== r.campaignId) resolved.set(r, id);
  }
  if (!resolved.size) return data;
  // Keys already taken: rows stored under an id, then each resolved row in stored order (so "Winter
  // launch" and "WINTER LAUNCH" on one day, two stored rows, still count once).
  const taken = new Set(data.campaignResults.filter((r) => !resolved.has(r)).map((r) => keyText(campaignResultKey(r))));
  const campaignResults: CampaignResult[] = [];
  for (const r of data.campaignResults) {
    const id = resolved.get(r);
    if (id === undefined) {
      campaignResults.push(r);
      continue;
    }
    const record = { ...r, campaignId: id };
    const key = keyText(campaignResultKey(record));
    if (taken.has(key)) continue;
    taken.add(key);
    campaignResults.push(record);
  }
  return { ...data, campaignResults };
}

/**
 * The campaigns of `results` (sorted, once each) that `plan` does not list by id or name: their
 * spend counts under "all" only, and a typo in a results file doubled the all-channels spend
 * without a word (QA29). Without a plan, none: nothing says which ids were meant.
 */
export function unplannedCampaigns(results: readonly CampaignResult[], plan: Plan | undefined): string[] {
  if (!plan) return [];
  const ids = new Set(plan.campaigns.map((c) => c.id));
  const unplanned = new Set<string>();
  for (const r of results) if (!ids.has(r.campaignId) && !ids.has(campaignId(r.campaignId, plan))) unplanned.add(r.campaignId);
  return [...unplanned].sort();
}
