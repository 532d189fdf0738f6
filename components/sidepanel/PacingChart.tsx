import { formatDay } from '@/components/shared/format';
import { t } from '@/lib/i18n/t';
import type { CampaignRow } from '@/lib/metrics/snapshot';
import { ChartData } from './ChartData';
import { useChartBox } from './chart-width';
import { dayValue, linearScale, linePath, niceTicks, tickLabels, axisLeft } from './chart-geometry';

const PAD = { left: 48, right: 8, top: 8, bottom: 22 };

/** Cumulative spend against the even pace that lands exactly on the budget at the end. */
export function PacingChart({ campaign, locale }: { campaign: CampaignRow; locale: string }) {
  const { W, H } = useChartBox(150, 230);
  const start = dayValue(campaign.start);
  const end = dayValue(campaign.end);
  const top = Math.max(campaign.budget, campaign.projectedSpend ?? 0, campaign.spend ?? 0);
  const ticks = niceTicks(0, top, 3);
  const labels = tickLabels(ticks, locale);
  const left = axisLeft(labels, PAD.left);
  const x = linearScale([start, end], [left, W - PAD.right]);
  const y = linearScale([0, Math.max(top, ticks.at(-1) ?? top)], [H - PAD.bottom, PAD.top]);
  // Said in full: "2K of 2K EUR spent" for 1,999.99 of 2,000 hid that the budget is not yet reached (QA29).
  const exact = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const spent = [{ x: x(start), y: y(0) }, ...campaign.series.map((p) => ({ x: x(dayValue(p.date)), y: y(p.spend) }))];
  const last = campaign.series.at(-1);
  const projection =
    last && campaign.projectedSpend !== undefined && dayValue(last.date) < end ? linePath([{ x: x(dayValue(last.date)), y: y(last.spend) }, { x: x(end), y: y(campaign.projectedSpend) }]) : undefined;
  return (
    <figure class="sp-chart" data-chart="pacing" data-campaign={campaign.id}>
      <figcaption>{t('sidepanel_chart_pacing', { campaign: campaign.name })}</figcaption>
      <svg width={W} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('sidepanel_chart_pacing_summary', { campaign: campaign.name, spend: exact.format(campaign.spend ?? 0), budget: exact.format(campaign.budget), currency: campaign.currency })}>
        {ticks.map((v, i) => (
          <g key={v} class="sp-grid">
            <line x1={left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={left - 4} y={y(v) + 3} text-anchor="end">
              {labels[i]}
            </text>
          </g>
        ))}
        <text class="sp-axis" x={left} y={H - 6}>
          {formatDay(campaign.start)}
        </text>
        <text class="sp-axis" x={W - PAD.right} y={H - 6} text-anchor="end">
          {formatDay(campaign.end)}
        </text>
        <path class="sp-ideal" d={linePath([{ x: x(start), y: y(0) }, { x: x(end), y: y(campaign.budget) }])} />
        {projection && <path class={`sp-projection${campaign.overspend ? ' sp-bad' : ''}`} d={projection} />}
        <path class="sp-spent" d={linePath(spent)} />
      </svg>
      <ul class="sp-legend">
        <li class="sp-spent">
          <span class="sp-swatch" aria-hidden="true" />
          {t('sidepanel_legend_spent')}
        </li>
        <li class="sp-ideal">
          <span class="sp-swatch" aria-hidden="true" />
          {t('sidepanel_legend_even_pace')}
        </li>
        {projection && (
          <li class="sp-projection">
            <span class="sp-swatch" aria-hidden="true" />
            {t('sidepanel_legend_projection')}
          </li>
        )}
      </ul>
      <ChartData
        title={t('sidepanel_chart_pacing', { campaign: campaign.name })}
        columns={[t('sidepanel_chart_spent_so_far', { currency: campaign.currency }), t('sidepanel_legend_even_pace')]}
        // The even pace of each day: the budget spread evenly from the start to the end.
        rows={campaign.series.map((p) => ({ date: p.date, values: [p.spend, (campaign.budget * Math.min(end - start + 1, Math.max(0, dayValue(p.date) - start + 1))) / (end - start + 1)] }))}
        locale={locale}
      />
    </figure>
  );
}
