import { formatDay } from '@/components/shared/format';
import { t } from '@/lib/i18n/t';
import { thin } from './chart-geometry';

/** Rows a chart's table shows at most: every day of a quarter is more than anyone reads. */
const MAX_ROWS = 32;

/**
 * A chart's numbers as a table under "Show the numbers": the line's every turn, with full figures,
 * for a keyboard or screen-reader user (the chart's label has only where it starts and ends; QA24).
 */
export function ChartData({ title, columns, rows, locale }: { title: string; columns: string[]; rows: { date: string; values: (number | undefined)[] }[]; locale: string }) {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  // Named after its chart: every "Show the numbers" read alike in a list of controls (QA24b).
  return (
    <details class="sp-chart-data">
      <summary>
        {t('sidepanel_chart_data')}
        <span class="bl-visually-hidden">: {title}</span>
      </summary>
      <table>
        <caption class="bl-visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sidepanel_chart_date')}</th>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {thin(rows, MAX_ROWS).map((row) => (
            <tr key={row.date}>
              <th scope="row">{formatDay(row.date)}</th>
              {row.values.map((v, i) => (
                <td key={i}>{v === undefined ? '—' : number.format(v)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
