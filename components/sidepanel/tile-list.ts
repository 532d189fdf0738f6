/**
 * Which KPI tiles the panel shows, grouped and in a fixed order. Every KPI of SPEC section 5 has
 * a tile even without data (it then says so), plus one per content type with data and one per
 * planned campaign for budget pacing, after the pacing of all campaigns together (bare
 * `budgetPacing`). With one campaign the two tiles agree; both are shown all the same, so that
 * every KPI `brandline kpi` prints has its tile (QA19).
 */
import type { KpiSnapshot } from '@/lib/metrics/snapshot';
import { CONTENT_TYPES } from '@/lib/metrics/types';

export const TILE_GROUPS = ['audience', 'content', 'web', 'campaigns'] as const;
export type TileGroup = (typeof TILE_GROUPS)[number];

const BASE: Record<TileGroup, string[]> = {
  audience: ['followers', 'audienceGrowth'],
  content: ['posts', 'impressions', 'reach', 'engagements', 'engagementRate', 'ctr', 'negativeFeedbackRate'],
  web: ['sessions', 'conversionRate', 'bounceRate', 'webRevenue'],
  campaigns: ['spend', 'revenue', 'roi', 'roas', 'cpc', 'cpa'],
};

export function tileIds(snapshot: Pick<KpiSnapshot, 'kpis' | 'previousKpis' | 'campaigns'>): { group: TileGroup; ids: string[] }[] {
  const has = (id: string) => id in snapshot.kpis || id in snapshot.previousKpis;
  const byType = CONTENT_TYPES.map((type) => `engagementRate.${type}`).filter(has);
  const pacing = [...(snapshot.campaigns.length > 0 ? ['budgetPacing'] : []), ...snapshot.campaigns.map((c) => `budgetPacing.${c.id}`)];
  return TILE_GROUPS.map((group) => {
    const ids = [...BASE[group]];
    if (group === 'content') ids.splice(ids.indexOf('engagementRate') + 1, 0, ...byType);
    if (group === 'campaigns') ids.push(...pacing);
    return { group, ids };
  });
}
