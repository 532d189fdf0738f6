import { CHANNEL_NAMES } from '@/components/shared/channels';
import { formatDay, formatDayRange } from '@/components/shared/format';
import { t } from '@/lib/i18n/t';
import type { CampaignRow, KpiSnapshot } from '@/lib/metrics/snapshot';
import { formatKpi } from '@/lib/metrics/kpi-format';
import { PacingChart } from './PacingChart';

/** Past tense once the campaign has ended or its spend is already over budget; a projection before that. */
function overspendText(c: CampaignRow, locale: string): string {
  const money = (value: number | undefined) => formatKpi('spend', value, locale, c.currency);
  if (c.elapsedDays >= c.campaignDays) return t('sidepanel_overspent_ended', { campaign: c.name, spent: money(c.spend ?? 0), budget: money(c.budget) });
  if ((c.spend ?? 0) > c.budget) return t('sidepanel_overspent_already', { campaign: c.name, spent: money(c.spend ?? 0), budget: money(c.budget) });
  return t('sidepanel_overspend', { campaign: c.name, projected: money(c.projectedSpend), budget: money(c.budget) });
}

/**
 * Results that stop before the range's last day of the campaign (an ad export a week behind): the
 * pacing counts the days after them as no spend (SPEC §5), which reads as under-spending unless
 * said (QA36).
 */
function ResultsUntil({ campaign, to }: { campaign: CampaignRow; to: string }) {
  const last = campaign.series[campaign.series.length - 1]?.date;
  const until = campaign.end < to ? campaign.end : to;
  if (!last || last >= until) return null;
  return (
    <span class="sp-sub" data-results-until={last}>
      {t('sidepanel_results_until', { date: formatDay(last) })}
    </span>
  );
}

/** Each planned campaign to date: spend against budget, pacing, returns, and an overspend warning. */
export function CampaignTable({ snapshot, locale }: { snapshot: KpiSnapshot; locale: string }) {
  const unplanned = snapshot.unplannedCampaigns ?? [];
  if (!snapshot.campaigns.length && !unplanned.length) return null;
  return (
    <section class="sp-campaigns" aria-labelledby="sp-campaigns-title">
      <h2 id="sp-campaigns-title" class="sp-section-title">{t('sidepanel_campaigns_title')}</h2>
      {unplanned.length ? (
        <p class="sp-warning" data-testid="unplanned-campaigns">
          <span aria-hidden="true">⚠ </span>
          {t('sidepanel_unplanned_campaigns', { campaigns: unplanned.join(', ') })}
        </p>
      ) : null}
      {snapshot.campaigns.length ? <CampaignRows snapshot={snapshot} locale={locale} /> : null}
    </section>
  );
}

function CampaignRows({ snapshot, locale }: { snapshot: KpiSnapshot; locale: string }) {
  return (
    <>
      <p class="sp-hint">{t('sidepanel_campaigns_hint', { to: formatDay(snapshot.query.to) })}</p>
      <div class="sp-table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('sidepanel_campaign')}</th>
              <th scope="col">{t('sidepanel_kpi_spend')}</th>
              <th scope="col">{t('sidepanel_pacing')}</th>
              <th scope="col">{t('sidepanel_kpi_roi')}</th>
              <th scope="col">{t('sidepanel_kpi_roas')}</th>
              <th scope="col">{t('sidepanel_kpi_cpc')}</th>
              <th scope="col">{t('sidepanel_kpi_cpa')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.campaigns.map((c) => (
              <tr key={c.id} data-campaign={c.id} class={c.overspend ? 'sp-overspend' : ''}>
                <th scope="row">
                  {c.name}
                  <span class="sp-sub">
                    {CHANNEL_NAMES[c.channel]} · {formatDayRange(c.start, c.end)}
                  </span>
                  <ResultsUntil campaign={c} to={snapshot.query.to} />
                </th>
                <td data-label={t('sidepanel_kpi_spend')}>
                  <span>
                    {formatKpi('spend', c.spend, locale, c.currency)}
                    <span class="sp-sub">{t('sidepanel_of_budget', { budget: formatKpi('spend', c.budget, locale, c.currency) })}</span>
                  </span>
                </td>
                <td data-value={c.pacing ?? ''} data-label={t('sidepanel_pacing')}>{formatKpi('budgetPacing', c.pacing, locale)}</td>
                <td data-label={t('sidepanel_kpi_roi')}>{formatKpi('roi', c.roi, locale)}</td>
                <td data-label={t('sidepanel_kpi_roas')}>{formatKpi('roas', c.roas, locale)}</td>
                <td data-label={t('sidepanel_kpi_cpc')}>{formatKpi('cpc', c.cpc, locale, c.currency)}</td>
                <td data-label={t('sidepanel_kpi_cpa')}>{formatKpi('cpa', c.cpa, locale, c.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {snapshot.campaigns
        .filter((c) => c.overspend)
        .map((c) => (
          <p key={c.id} class="sp-warning" data-overspend={c.id}>
            <span aria-hidden="true">⚠ </span>
            {overspendText(c, locale)}
          </p>
        ))}
      <PacingCharts campaigns={snapshot.campaigns.filter((c) => c.series.length)} to={snapshot.query.to} locale={locale} />
    </>
  );
}

/** Pacing charts shown open; with more campaigns the rest fold under one line (QA22: 25 campaigns made the panel a long scroll of charts). */
export const CHARTS_SHOWN = 4;

/**
 * Which campaigns' charts are shown open: those over budget first, then those running on the
 * range's last day, then the others, up to CHARTS_SHOWN; each group keeps the plan's order.
 */
export function chartsShown(campaigns: readonly CampaignRow[], to: string): { open: CampaignRow[]; folded: CampaignRow[] } {
  if (campaigns.length <= CHARTS_SHOWN + 1) return { open: [...campaigns], folded: [] };
  const rank = (c: CampaignRow) => (c.overspend ? 0 : c.start <= to && to <= c.end ? 1 : 2);
  const chosen = new Set([...campaigns].sort((a, b) => rank(a) - rank(b)).slice(0, CHARTS_SHOWN));
  return { open: campaigns.filter((c) => chosen.has(c)), folded: campaigns.filter((c) => !chosen.has(c)) };
}

function PacingCharts({ campaigns, to, locale }: { campaigns: CampaignRow[]; to: string; locale: string }) {
  const { open, folded } = chartsShown(campaigns, to);
  return (
    <>
      {open.map((c) => (
        <PacingChart key={c.id} campaign={c} locale={locale} />
      ))}
      {folded.length > 0 && (
        <details class="sp-charts-more">
          <summary>{t('sidepanel_campaigns_more_charts', { n: folded.length })}</summary>
          {folded.map((c) => (
            <PacingChart key={c.id} campaign={c} locale={locale} />
          ))}
        </details>
      )}
    </>
  );
}
