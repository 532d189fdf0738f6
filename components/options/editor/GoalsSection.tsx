import { t } from '@/lib/i18n/t';
import { isKpiId } from '@/lib/plan/schema';
import { kpiLabel } from '@/components/sidepanel/labels';
import { formatNumber, today } from '@/components/shared/format';
import { CHANNEL_OPTIONS, channelOptionsWithAll } from '@/components/shared/channels';
import { PlanNumber, PlanRows, PlanSelect, PlanText } from './bound-fields';
import { usePlanValue } from './context';
import { getAt, type Path } from './raw-path';

/** SPEC section 5 KPI ids offered as suggestions; the templated ones are typed out in full. */
const KPI_SUGGESTIONS = [
  'followers', 'audienceGrowth', 'posts', 'impressions', 'reach', 'engagements', 'engagementRate', 'ctr', 'sessions',
  'conversionRate', 'bounceRate', 'negativeFeedbackRate', 'webRevenue', 'spend', 'revenue', 'roi', 'roas', 'cpc', 'cpa',
  'engagementRate.reel', 'engagementRate.photo', 'engagementRate.video', 'engagementRate.carousel',
];

/**
 * KPIs that are fractions shown as percentages (SPEC §5), whose goals are typed as fractions.
 * ROI, ROAS and budget pacing are left out: targets above 1 are ordinary there.
 */
const RATE_KPIS = new Set(['audienceGrowth', 'engagementRate', 'ctr', 'conversionRate', 'bounceRate', 'negativeFeedbackRate']);
const isRateKpi = (kpi: string) => RATE_KPIS.has(kpi) || kpi.startsWith('engagementRate.');

/**
 * A goal's target. For a rate the hint says it is a fraction, and a target above 1 ("4.5" meant
 * as 4.5 %) gets the reading it will have and the fraction it likely meant, before it is saved:
 * QA18 saved 4.5 and the side panel showed a goal of 450 %. Not refused: a growth goal above
 * 100 % can be meant.
 */
function GoalTarget({ path }: { path: Path }) {
  const kpi = usePlanValue((store) => getAt(store.raw, [...path, 'kpi']));
  const target = usePlanValue((store) => getAt(store.raw, [...path, 'target']));
  const rate = typeof kpi === 'string' && isRateKpi(kpi);
  const hint = !rate
    ? undefined
    : typeof target === 'number' && Number.isFinite(target) && target > 1
      ? t('options_f_target_rate_high', { typed: formatNumber(target), percent: formatNumber(target, { style: 'percent', maximumFractionDigits: 1 }), fraction: formatNumber(target / 100, { maximumFractionDigits: 6 }), meant: formatNumber(target / 100, { style: 'percent', maximumFractionDigits: 2 }) })
      : t('options_f_target_hint');
  return <PlanNumber path={[...path, 'target']} label={t('options_f_target')} hint={hint} percent={rate} />;
}

/** The plan's campaigns as kpiLabel reads them, for "Budget pacing: Winter blend launch". */
const campaignsOf = (raw: unknown) =>
  (Array.isArray((raw as { campaigns?: unknown })?.campaigns) ? ((raw as { campaigns: unknown[] }).campaigns) : [])
    .filter((c): c is { id: string; name?: unknown } => !!c && typeof (c as { id?: unknown }).id === 'string')
    .map((c) => ({ id: c.id, name: typeof c.name === 'string' ? c.name : c.id }));

/**
 * The KPI a goal measures. The file's ids are English (SPEC §5), so the field keeps them, and the
 * hint names the KPI as the side panel does, in the UI's language ("Følgere"); the suggestions
 * carry the names too (QA34 M2).
 */
/** A tile title in running text: "Målet måler følgere", not "Følgere"; acronyms (ROI, CTR) stay as they are (QA39 L2). */
export function inSentence(label: string): string {
  const [first = '', second = ''] = [...label];
  return second && second === second.toLocaleUpperCase() && second !== second.toLocaleLowerCase() ? label : first.toLocaleLowerCase() + label.slice(first.length);
}

function GoalKpi({ path }: { path: Path }) {
  const kpi = usePlanValue((store) => getAt(store.raw, [...path, 'kpi']));
  const named = usePlanValue((store) => (typeof kpi === 'string' && isKpiId(kpi) ? kpiLabel(kpi, { campaigns: campaignsOf(store.raw) }) : ''));
  return <PlanText path={[...path, 'kpi']} label={t('options_f_kpi')} hint={named ? t('options_f_kpi_named', { name: inSentence(named) }) : t('options_f_kpi_hint')} list="plan-kpi-ids" />;
}

export function GoalsSection() {
  return (
    <>
      <datalist id="plan-kpi-ids">
        {KPI_SUGGESTIONS.map((k) => (
          <option key={k} value={k} label={kpiLabel(k, { campaigns: [] })} />
        ))}
      </datalist>
      <PlanRows
        path={['goals']}
        legend={t('options_goals')}
        headingHidden
        hint={t('options_goals_hint')}
        itemLabel={(i) => t('options_goal_n', { n: i + 1 })}
        addLabel={t('options_add_goal')}
        // No target until one is typed: a preset 0 made a new followers goal "Met" the moment it was saved.
        make={() => ({ id: `goal-${Date.now().toString(36)}`, kpi: 'followers', channel: 'all', due: `${new Date().getFullYear()}-12-31` })}
      >
        {(path) => (
          <>
            <PlanText path={[...path, 'id']} label={t('options_f_item_id')} />
            <GoalKpi path={path} />
            <PlanSelect path={[...path, 'channel']} label={t('options_f_channel')} options={channelOptionsWithAll()} />
            <GoalTarget path={path} />
            <PlanText path={[...path, 'due']} label={t('options_f_due')} type="date" />
          </>
        )}
      </PlanRows>
    </>
  );
}

export function CampaignsSection() {
  return (
    <PlanRows
      path={['campaigns']}
      legend={t('options_campaigns')}
      headingHidden
      hint={t('options_campaigns_hint')}
      itemLabel={(i) => t('options_campaign_n', { n: i + 1 })}
      addLabel={t('options_add_campaign')}
      // No budget until one is typed, for the same reason: a preset 0 is a plan nobody made.
      // Today is the user's day, as in the popup's log (the UTC date is yesterday after midnight in Oslo).
      make={() => ({ id: `campaign-${Date.now().toString(36)}`, name: '', channel: 'instagram', currency: 'NOK', start: today(), end: today() })}
    >
      {(path) => (
        <>
          <PlanText path={[...path, 'name']} label={t('options_f_campaign_name')} />
          <PlanText path={[...path, 'id']} label={t('options_f_campaign_id')} hint={t('options_f_campaign_id_hint')} />
          <PlanSelect path={[...path, 'channel']} label={t('options_f_channel')} options={CHANNEL_OPTIONS} />
          <PlanNumber path={[...path, 'budget']} label={t('options_f_budget')} min={0} />
          <PlanText path={[...path, 'currency']} label={t('options_f_currency')} placeholder="NOK" />
          <PlanText path={[...path, 'start']} label={t('options_f_start')} type="date" />
          <PlanText path={[...path, 'end']} label={t('options_f_end')} type="date" />
        </>
      )}
    </PlanRows>
  );
}
