/** Display names of KPIs, including the templated ones (per content type, per campaign). */
import { t } from '@/lib/i18n/t';
import type { KpiSnapshot } from '@/lib/metrics/snapshot';

export function kpiLabel(id: string, snapshot: { campaigns: readonly { id: string; name: string }[] }): string {
  const [base, rest] = [id.split('.')[0] ?? id, id.slice(id.indexOf('.') + 1)];
  if (base === 'engagementRate' && id.includes('.')) return t('sidepanel_kpi_engagementRate_of', { type: t(`sidepanel_type_${rest}`) });
  if (base === 'budgetPacing' && id.includes('.')) {
    const name = snapshot.campaigns.find((c) => c.id === rest)?.name ?? rest;
    return t('sidepanel_kpi_budgetPacing_of', { campaign: name });
  }
  return t(`sidepanel_kpi_${id}`);
}

/**
 * The currency of the money tiles: that of the campaign results the range counts, else the one
 * currency of the plan's campaigns (for goal targets); none when they mix currencies.
 */
export function campaignCurrency(snapshot: Pick<KpiSnapshot, 'campaigns' | 'currency'>): string | undefined {
  if (snapshot.currency !== undefined) return snapshot.currency;
  const currencies = new Set(snapshot.campaigns.map((c) => c.currency));
  return currencies.size === 1 ? [...currencies][0] : undefined;
}
