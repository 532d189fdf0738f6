import { browser } from 'wxt/browser';
import { formatDay, formatDayRange } from '@/components/shared/format';
import { t } from '@/lib/i18n/t';
import type { DateRange } from '@/lib/metrics/extent';

const openOptions = () => void browser.runtime.openOptionsPage();

/** No metrics stored at all: how to get them in. */
export function NoDataYet() {
  return (
    <section class="sp-empty" data-empty="no-data">
      <h2>{t('sidepanel_empty_title')}</h2>
      <p>{t('sidepanel_empty_intro')}</p>
      <ol>
        <li>{t('sidepanel_empty_step_export')}</li>
        <li>{t('sidepanel_empty_step_import')}</li>
        <li>{t('sidepanel_empty_step_log')}</li>
      </ol>
      <button type="button" onClick={openOptions}>
        {t('sidepanel_open_options')}
      </button>
    </section>
  );
}

/** Data exists, just not in the chosen range. */
export function NothingInRange({ range, data, onShowData }: { range: DateRange; data: DateRange; onShowData: () => void }) {
  return (
    <section class="sp-empty sp-empty-range" data-empty="range" role="note">
      <p>{t('sidepanel_empty_range', { from: formatDay(range.from), to: formatDay(range.to), data: formatDayRange(data.from, data.to) })}</p>
      <button type="button" onClick={onShowData}>
        {t('sidepanel_show_latest')}
      </button>
    </section>
  );
}

/** Metrics but no plan: the KPIs stand, but there are no goals or campaign budgets to measure. */
export function NoPlanYet() {
  return (
    <section class="sp-empty sp-empty-range" data-empty="no-plan" role="note">
      <p>{t('sidepanel_no_plan')}</p>
      <button type="button" onClick={openOptions}>
        {t('sidepanel_open_options')}
      </button>
    </section>
  );
}
