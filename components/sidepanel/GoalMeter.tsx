import { t } from '@/lib/i18n/t';

/**
 * Progress toward one goal. Seven meters all named "Progress toward the goal" and read as 0.954…
 * told a screen-reader user nothing (QA24): each is named after its goal and read as a percentage.
 * A goal without data has no meter (a meter at 0 read as "no progress").
 */
export function GoalMeter({ progress, name, locale }: { progress: number; name: string; locale: string }) {
  const shown = Math.min(1, Math.max(0, progress));
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(progress);
  return <meter min={0} max={1} value={shown} aria-label={`${t('sidepanel_goal_progress')}: ${name}`} aria-valuetext={percent} />;
}
