import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CHANNEL_NAMES } from '@/components/shared/channels';
import { downloadText } from '@/components/shared/download';
import { formatDay, formatDayRange, today } from '@/components/shared/format';
import { t, uiLocale } from '@/lib/i18n/t';
import { CampaignTable } from './CampaignTable';
import { NoDataYet, NoPlanYet, NothingInRange } from './EmptyState';
import { EngagementChart } from './EngagementChart';
import { ChartWidth, chartWidthFor } from './chart-width';
import { Filters } from './Filters';
import { FollowersChart } from './FollowersChart';
import { GoalsList } from './GoalsList';
import { KpiTiles } from './KpiTiles';
import { anchorDay, presetRange } from './ranges';
import { snapshotCsv, snapshotFileName } from './snapshot-csv';
import { panelSearch, readPanelQuery, type PanelQuery } from './url-query';
import { useSnapshot } from './use-snapshot';
import './sidepanel.css';

/** The KPI side panel: the plan's numbers for a channel and a date range, linkable by URL. */
export function SidePanelApp() {
  const initial = useMemo(() => readPanelQuery(window.location.search), []);
  const [query, setQuery] = useState<PanelQuery>(initial.query);
  const { snapshot, error, loading, ticket } = useSnapshot(query);
  const locale = uiLocale();
  // Charts are drawn at the panel's width (chart-width.ts), followed as the panel is resized.
  const main = useRef<HTMLElement>(null);
  const [chartWidth, setChartWidth] = useState(320);
  useEffect(() => {
    const element = main.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && setChartWidth(chartWidthFor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t('sidepanel_title')} — Brandline`;
  }, [locale]);

  // Request → answer → painted panel, as performance marks the benchmark reads.
  useEffect(() => {
    if (ticket === undefined) return;
    requestAnimationFrame(() => performance.mark(`brandline:panel-rendered:${ticket}`));
  }, [ticket]);

  // Keep the address in step with what is shown, so the panel can be bookmarked or linked.
  useEffect(() => {
    if (!snapshot) return;
    const search = panelSearch(window.location.search, snapshot.query);
    if (search !== window.location.search) window.history.replaceState(null, '', search);
  }, [snapshot]);

  const range = snapshot?.query ?? { from: query.from ?? '', to: query.to ?? '' };
  const anchor = anchorDay(today(), snapshot?.dataRange);
  // `posts` is 0 rather than absent wherever post exports are stored (SPEC §5), so a range with no
  // data still has that one "number": it alone does not count as something to show.
  const hasNumbers = snapshot ? Object.entries(snapshot.kpis).some(([id, value]) => !(id === 'posts' && value === 0)) : false;

  return (
    <ChartWidth.Provider value={chartWidth}>
    <main class="sp" data-page="sidepanel" aria-busy={loading} ref={main}>
      <header class="sp-header">
        <h1>{t('sidepanel_title')}</h1>
        {snapshot && (
          // Live: a change of channel or range is read out, not only shown (a screen reader stays on the filter).
          <p class="sp-period" aria-live="polite">
            {/* What the numbers below are about: the answer's channel and range, so one change is read out once. */}
            {snapshot.query.channel === 'all' ? t('common_channel_all') : CHANNEL_NAMES[snapshot.query.channel]} · {formatDayRange(snapshot.query.from, snapshot.query.to)}
            <span class="sp-sub">
              {snapshot.previousBeforeData && snapshot.dataFrom
                ? t('sidepanel_nothing_earlier', { date: formatDay(snapshot.dataFrom) })
                : t('sidepanel_compared_with', { period: formatDayRange(snapshot.previous.from, snapshot.previous.to) })}
            </span>
          </p>
        )}
      </header>
      {/* About the link the panel was opened with: gone once the user picks another range or channel (QA29). */}
      {query === initial.query && (initial.swapped || initial.ignored.length > 0) && (
        <p class="sp-notice" role="status">
          {[initial.swapped ? t('sidepanel_swapped_range') : '', initial.ignored.length ? t('sidepanel_ignored_params', { names: initial.ignored.join(', ') }) : ''].filter(Boolean).join(' ')}
        </p>
      )}
      {error && (
        <p class="sp-error" role="alert">
          {t('sidepanel_load_failed', { message: error })}
        </p>
      )}
      {!snapshot && loading && <p class="sp-loading">{t('common_loading')}</p>}
      {snapshot && !snapshot.dataRange && <NoDataYet />}
      {snapshot?.dataRange && (
        <>
          <Filters
            channel={query.channel}
            range={range}
            anchor={anchor}
            onChannel={(channel) => setQuery({ from: range.from, to: range.to, channel })}
            onRange={(r) => setQuery({ ...r, channel: query.channel })}
          />
          {snapshot.plan === null && <NoPlanYet />}
          {!hasNumbers && <NothingInRange range={snapshot.query} data={snapshot.dataRange} onShowData={() => setQuery({ ...presetRange('last28', snapshot.dataRange!.to), channel: query.channel })} />}
          <KpiTiles snapshot={snapshot} locale={locale} />
          <GoalsList snapshot={snapshot} locale={locale} />
          <section class="sp-charts" aria-labelledby="sp-charts-title">
            <h2 id="sp-charts-title" class="sp-section-title">{t('sidepanel_charts_title')}</h2>
            <FollowersChart snapshot={snapshot} locale={locale} />
            <EngagementChart snapshot={snapshot} locale={locale} />
          </section>
          <CampaignTable snapshot={snapshot} locale={locale} />
          <footer class="sp-actions">
            <button type="button" data-action="export-csv" onClick={() => downloadText(snapshotFileName(snapshot), snapshotCsv(snapshot), 'text/csv')}>
              {t('sidepanel_export_csv')}
            </button>
            <button type="button" data-action="print" onClick={() => window.print()}>
              {t('sidepanel_print')}
            </button>
          </footer>
        </>
      )}
    </main>
    </ChartWidth.Provider>
  );
}
