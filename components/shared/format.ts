import { uiLocale } from '@/lib/i18n/t';

/** Numbers and dates in the UI's language (en or nb). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(uiLocale(), options).format(value);
}

/** A YYYY-MM-DD date as the UI language writes it, read as a calendar day (no time zone shift). */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A range of days as the UI's language writes one: "Jan 20 – 27, 2026", one day as "Jan 20, 2026". */
export function formatDayRange(from: string, to: string): string {
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end < start) return `${formatDay(from)} – ${formatDay(to)}`;
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(start, end);
}

/** A moment (ms since the epoch) in the user's time zone: "Nov 28, 2026, 14:02". */
export function formatMoment(at: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}

export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(uiLocale(), { style: 'long', type: 'conjunction' }).format(items);
}

/** "X or Instagram", "X eller Instagram". */
export function formatListOr(items: readonly string[]): string {
  return new Intl.ListFormat(uiLocale(), { style: 'long', type: 'disjunction' }).format(items);
}

/** Today's date in the user's time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
