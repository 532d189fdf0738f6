import { CHANNEL_NAMES } from '@/components/shared/channels';
import { formatDay } from '@/components/shared/format';
import { t } from '@/lib/i18n/t';
import type { KpiSnapshot } from '@/lib/metrics/snapshot';
import { formatKpi, inCampaignCurrency } from '@/lib/metrics/kpi-format';
import { campaignCurrency, kpiLabel } from './labels';

/** Every goal of the plan, each measured on its own channel over the chosen range. */
export function GoalsList({ snapshot, locale }: { snapshot: KpiSnapshot; locale: string }) {
  if (!snapshot.goals.length) return null;
  const currency = campaignCurrency(snapshot);
  return (
    <section class="sp-goals" aria-labelledby="sp-goals-title">
      <h2 id="sp-goals-title" class="sp-section-title">{t('sidepanel_goals_title')}</h2>
      <ul>
        {snapshot.goals.map((g) => {
          // A ceiling passed (bounce rate, cost per click, pacing) is "Above target", not "Behind" (QA23).
          const status = g.unknownCampaign !== undefined
            ? t('sidepanel_goal_unknown_campaign', { id: g.unknownCampaign })
            : g.mixedCurrencies
              ? t('sidepanel_goal_mixed_currencies')
              : g.value === undefined
                ? t('sidepanel_goal_no_data')
                : g.met
                  ? t('sidepanel_goal_met')
                  : g.onTrack
                    ? t('sidepanel_goal_on_track')
                    : g.direction === 'lower'
                      ? t('sidepanel_goal_above')
                      : t('sidepanel_goal_behind');
          return (
            <li key={g.id} data-goal={g.id} class={g.onTrack ? 'sp-good' : g.value === undefined ? '' : 'sp-bad'}>
              <span class="sp-goal-name">
                {kpiLabel(g.kpi, snapshot)} · {g.channel === 'all' ? t('common_channel_all') : CHANNEL_NAMES[g.channel]}
              </span>
              <meter min={0} max={1} value={Math.min(1, Math.max(0, g.progress ?? 0))} aria-label={t('sidepanel_goal_progress')} />
              <span>
                {formatKpi(g.kpi, g.value, locale, inCampaignCurrency(g.kpi) ? currency : undefined)} / {formatKpi(g.kpi, g.target, locale, inCampaignCurrency(g.kpi) ? currency : undefined)} · {t('sidepanel_goal_due', { due: formatDay(g.due) })} · <strong>{status}</strong>
                {g.projected !== undefined && !g.met ? ` · ${t('sidepanel_goal_projected', { value: formatKpi(g.kpi, g.projected, locale) })}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
