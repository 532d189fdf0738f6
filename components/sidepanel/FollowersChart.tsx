import { CHANNEL_NAMES } from '@/components/shared/channels';
import { formatDay } from '@/components/shared/format';
import { t } from '@/lib/i18n/t';
import type { KpiSnapshot } from '@/lib/metrics/snapshot';
import { ChartData } from './ChartData';
import { useChartBox } from './chart-width';
import { dayValue, linearScale, linePath, niceTicks, thin, tickLabels, axisLeft } from './chart-geometry';

const PAD = { left: 44, right: 8, top: 8, bottom: 22 };
/** More points than pixels only blur the line. */
const MAX_POINTS = 240;

export function FollowersChart({ snapshot, locale }: { snapshot: KpiSnapshot; locale: string }) {
  const { W, H } = useChartBox(160, 240);
  const series = snapshot.charts.followers;
  if (!series.length) return <p class="sp-chart-empty">{t('sidepanel_chart_followers_empty')}</p>;
  const all = series.flatMap((s) => s.points);
  const min = Math.min(...all.map((p) => p.followers));
  const max = Math.max(...all.map((p) => p.followers));
  // Enclosing ticks: with X at 2.4K and Instagram at 11.4K, ticks inside the data (5K, 10K) left
  // both lines beyond the labelled part of the axis.
  const ticks = niceTicks(min, max, 3, true);
  const labels = tickLabels(ticks, locale);
  const left = axisLeft(labels, PAD.left);
  const yLow = Math.min(min, ticks[0] ?? min);
  const yHigh = Math.max(max, ticks.at(-1) ?? max);
  const x = linearScale([dayValue(snapshot.query.from), dayValue(snapshot.query.to)], [left, W - PAD.right]);
  const y = linearScale([yLow, yHigh], [H - PAD.bottom, PAD.top]);
  const number = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const summary = series
    .map((s) => `${CHANNEL_NAMES[s.channel]}: ${t('sidepanel_chart_from_to', { from: number.format(s.points[0]!.followers), to: number.format(s.points.at(-1)!.followers) })}`)
    .join('; ');
  return (
    <figure class="sp-chart" data-chart="followers">
      <figcaption>{t('sidepanel_chart_followers')}</figcaption>
      <svg width={W} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${t('sidepanel_chart_followers')}: ${summary}`}>
        {ticks.map((v, i) => (
          <g key={v} class="sp-grid">
            <line x1={left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={left - 4} y={y(v) + 3} text-anchor="end">
              {labels[i]}
            </text>
          </g>
        ))}
        <text class="sp-axis" x={left} y={H - 6}>
          {formatDay(snapshot.query.from)}
        </text>
        <text class="sp-axis" x={W - PAD.right} y={H - 6} text-anchor="end">
          {formatDay(snapshot.query.to)}
        </text>
        {series.map((s) => {
          const points = thin(s.points, MAX_POINTS).map((p) => ({ x: x(dayValue(p.date)), y: y(p.followers) }));
          return (
            <g key={s.channel} class={`sp-series sp-${s.channel}`} data-series={s.channel}>
              {points.length > 1 ? <path d={linePath(points)} /> : <circle cx={points[0]!.x} cy={points[0]!.y} r={3} />}
            </g>
          );
        })}
      </svg>
      <ul class="sp-legend">
        {series.map((s) => (
          <li key={s.channel} class={`sp-${s.channel}`}>
            <span class="sp-swatch" aria-hidden="true" />
            {CHANNEL_NAMES[s.channel]}
          </li>
        ))}
      </ul>
      <ChartData title={t('sidepanel_chart_followers')} columns={series.map((s) => CHANNEL_NAMES[s.channel])} rows={tableRows(series)} locale={locale} />
    </figure>
  );
}

/** One row per day any channel has a count, each channel's count of that day (or none). */
function tableRows(series: KpiSnapshot['charts']['followers']): { date: string; values: (number | undefined)[] }[] {
  const byChannel = series.map((s) => new Map(s.points.map((p) => [p.date, p.followers])));
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort();
  return dates.map((date) => ({ date, values: byChannel.map((counts) => counts.get(date)) }));
}
