import { t } from '@/lib/i18n/t';
import type { KpiSnapshot } from '@/lib/metrics/snapshot';
import { formatDay } from '@/components/shared/format';
import { formatKpi, inCampaignCurrency, kpiChange } from '@/lib/metrics/kpi-format';
import { GoalMeter } from './GoalMeter';
import { campaignCurrency, kpiLabel } from './labels';
import { tileIds } from './tile-list';

/** One tile per KPI (SPEC section 6 hook: data-kpi, data-value = the raw number or empty). */
export function KpiTiles({ snapshot, locale }: { snapshot: KpiSnapshot; locale: string }) {
  const currency = campaignCurrency(snapshot);
  return (
    <section class="sp-tiles" aria-labelledby="sp-kpis-title">
      <h2 id="sp-kpis-title" class="sp-section-title">{t('sidepanel_kpis_title')}</h2>
      {tileIds(snapshot).map(({ group, ids }) => (
        <div class="sp-tile-group" key={group}>
          <h3>{t(`sidepanel_group_${group}`)}</h3>
          <ul>
            {ids.map((id) => (
              <KpiTile key={id} id={id} snapshot={snapshot} locale={locale} currency={inCampaignCurrency(id) ? currency : undefined} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function KpiTile({ id, snapshot, locale, currency }: { id: string; snapshot: KpiSnapshot; locale: string; currency?: string }) {
  const value = snapshot.kpis[id];
  const previous = snapshot.previousKpis[id];
  const change = kpiChange(id, value, previous, locale);
  const goal = snapshot.goals.find((g) => g.kpi === id && g.channel === snapshot.query.channel);
  const label = kpiLabel(id, snapshot);
  return (
    <li class={`sp-tile${value === undefined ? ' sp-tile-absent' : ''}`} data-kpi={id} data-value={value === undefined ? '' : String(value)}>
      <span class="sp-tile-label">{label}</span>
      <span class="sp-tile-value">{value === undefined ? <span title={t('sidepanel_no_data')}>—<span class="sp-sr">{t('sidepanel_no_data')}</span></span> : formatKpi(id, value, locale, currency)}</span>
      {change ? (
        <span class={`sp-change sp-change-${change.direction}${change.good === undefined ? '' : change.good ? ' sp-good' : ' sp-bad'}`}>
          <span aria-hidden="true">{change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : '●'} </span>
          {change.fromZero ? t('sidepanel_change_from_zero') : t('sidepanel_change_vs_previous', { change: change.text })}
        </span>
      ) : (
        // With no data before the range at all, the header says so once (not on every tile).
        <span class="sp-change sp-change-none">{previous === undefined && value !== undefined && snapshot.previousOtherCurrency && inCampaignCurrency(id) ? t('sidepanel_previous_other_currency') : previous === undefined && value !== undefined && !snapshot.previousBeforeData ? t('sidepanel_no_previous') : value === undefined && mixedCurrencies(id, snapshot) ? t('sidepanel_mixed_currencies') : '\u00a0'}</span>
      )}
      {goal && (
        <span class={`sp-goal ${goal.onTrack ? 'sp-good' : goal.onTrack === false && !goal.pastDue ? 'sp-bad' : ''}`}>
          {goal.progress !== undefined && <GoalMeter progress={goal.progress} name={label} locale={locale} />}
          <span>
            {t('sidepanel_goal_line', { target: formatKpi(id, goal.target, locale, inCampaignCurrency(id) ? (goal.currency ?? currency) : undefined), due: formatDay(goal.due) })}{' '}
            <strong>{goal.pastDue && goal.value !== undefined ? t(goal.met ? 'sidepanel_goal_past_due_reached' : 'sidepanel_goal_past_due_missed') : goal.met ? t('sidepanel_goal_met') : goal.onTrack ? t('sidepanel_goal_on_track') : goal.onTrack === false ? t(goal.direction === 'lower' ? 'sidepanel_goal_above' : 'sidepanel_goal_behind') : ''}</strong>
          </span>
        </span>
      )}
    </li>
  );
}

/** Amounts in several campaign currencies are not added up (lib/metrics/kpi.ts): say why the tile is empty. */
function mixedCurrencies(id: string, snapshot: KpiSnapshot): boolean {
  return (inCampaignCurrency(id) || id === 'roi' || id === 'roas' || id === 'budgetPacing') && new Set(snapshot.campaigns.map((c) => c.currency)).size > 1;
}
