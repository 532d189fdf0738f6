import { t } from '@/lib/i18n/t';
import type { KpiSnapshot } from '@/lib/metrics/snapshot';
import { formatKpi } from '@/lib/metrics/kpi-format';
import { useContext } from 'preact/hooks';
import { ChartWidth } from './chart-width';

const ROW = 24;
const LABEL = 96;
const VALUE = 60;

/** Engagement rate per content type: horizontal bars, longest = best. */
export function EngagementChart({ snapshot, locale }: { snapshot: KpiSnapshot; locale: string }) {
  const W = useContext(ChartWidth);
  const rows = snapshot.charts.engagementByType;
  if (!rows.length) return <p class="sp-chart-empty">{t('sidepanel_chart_engagement_empty')}</p>;
  const max = Math.max(...rows.map((r) => r.rate), 1e-9);
  const H = rows.length * ROW + 4;
  const width = W - LABEL - VALUE;
  return (
    <figure class="sp-chart" data-chart="engagement-by-type">
      <figcaption>{t('sidepanel_chart_engagement')}</figcaption>
      <svg width={W} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${t('sidepanel_chart_engagement')}: ${rows.map((r) => `${t(`sidepanel_type_${r.contentType}`)} ${formatKpi('engagementRate', r.rate, locale)}`).join(', ')}`}>
        {rows.map((r, i) => {
          const y = 2 + i * ROW;
          return (
            <g key={r.contentType} data-type={r.contentType}>
              <text x={LABEL - 6} y={y + 15} text-anchor="end">
                {t(`sidepanel_type_${r.contentType}`)}
              </text>
              <rect class="sp-bar" x={LABEL} y={y + 3} width={Math.max(1, (r.rate / max) * width)} height={ROW - 8} rx={2} />
              <text x={LABEL + (r.rate / max) * width + 4} y={y + 15}>
                {formatKpi('engagementRate', r.rate, locale)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
