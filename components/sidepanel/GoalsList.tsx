import { CHANNEL_NAMES } from '@/components/shared/channels';
import { formatDay } from '@/components/shared/format';
import { t } from '@/lib/i18n/t';
import type { GoalProgress, KpiSnapshot } from '@/lib/metrics/snapshot';
import { formatKpi, inCampaignCurrency } from '@/lib/metrics/kpi-format';
import { GoalMeter } from './GoalMeter';
import { kpiLabel } from './labels';

/** A goal whose range holds no data, and nothing else to say about it (no reason found). */
const silent = (g: GoalProgress) => g.value === undefined && !g.mixedCurrencies && g.unknownCampaign === undefined;

/** How many goals without data are listed as they are; more go under a disclosure (QA22: 109 goals). */
const SILENT_SHOWN = 3;

/**
 * Every goal of the plan, each measured on its own channel over the chosen range. Goals with
 * numbers come first; with many goals that have no data in the range (a plan with a pacing goal
 * per campaign), those go under "N goals without data in this range".
 */
export function GoalsList({ snapshot, locale }: { snapshot: KpiSnapshot; locale: string }) {
  if (!snapshot.goals.length) return null;
  const quiet = snapshot.goals.filter(silent);
  const folded = quiet.length > SILENT_SHOWN;
  const shown = folded ? snapshot.goals.filter((g) => !silent(g)) : snapshot.goals;
  const row = (g: GoalProgress) => {
    // A ceiling passed (bounce rate, cost per click, pacing) is "Above target", not "Behind" (QA23).
    const status = g.unknownCampaign !== undefined
      ? t('sidepanel_goal_unknown_campaign', { id: g.unknownCampaign })
      : g.mixedCurrencies
        ? t('sidepanel_goal_mixed_currencies')
        : g.value === undefined
          ? t('sidepanel_goal_no_data')
          : g.pastDue
            ? t(g.met ? 'sidepanel_goal_past_due_reached' : 'sidepanel_goal_past_due_missed')
            : g.met
            ? t('sidepanel_goal_met')
            : g.onTrack
              ? t('sidepanel_goal_on_track')
              : g.direction === 'lower'
                ? t('sidepanel_goal_above')
                : t('sidepanel_goal_behind');
    return (
      <li key={`${g.channel}:${g.id}`} data-goal={g.id} class={g.onTrack ? 'sp-good' : g.value === undefined || g.pastDue ? '' : 'sp-bad'}>
        <span class="sp-goal-name">
          {kpiLabel(g.kpi, snapshot)} · {g.channel === 'all' ? t('common_channel_all') : CHANNEL_NAMES[g.channel]}
        </span>
        {g.progress !== undefined ? <GoalMeter progress={g.progress} name={`${kpiLabel(g.kpi, snapshot)} · ${g.channel === 'all' ? t('common_channel_all') : CHANNEL_NAMES[g.channel]}`} locale={locale} /> : <span class="sp-meter-none" />}
        <span>
          {formatKpi(g.kpi, g.value, locale, inCampaignCurrency(g.kpi) ? g.currency : undefined)} / {formatKpi(g.kpi, g.target, locale, inCampaignCurrency(g.kpi) ? g.currency : undefined)} · {t('sidepanel_goal_due', { due: formatDay(g.due) })} · <strong>{status}</strong>
          {g.projected !== undefined && !g.met ? ` · ${t('sidepanel_goal_projected', { value: formatKpi(g.kpi, g.projected, locale) })}` : ''}
        </span>
      </li>
    );
  };
  return (
    <section class="sp-goals" aria-labelledby="sp-goals-title">
      <h2 id="sp-goals-title" class="sp-section-title">{t('sidepanel_goals_title')}</h2>
      {/* Every goal folded below: no empty list for a screen reader to announce (QA24b). */}
      {shown.length > 0 && <ul>{shown.map(row)}</ul>}
      {folded && (
        <details class="sp-goals-quiet">
          <summary>{t('sidepanel_goals_quiet', { n: quiet.length })}</summary>
          <ul>{quiet.map(row)}</ul>
        </details>
      )}
    </section>
  );
}
