/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. Every date in Brandline's metrics is a UTC
 * calendar day, so the arithmetic runs in UTC and never meets a daylight-saving jump.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function toDayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Days from `from` to `to`, both included (1 for the same day). */
export function inclusiveDays(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from) + 1;
}

/** The UTC calendar day of an ISO instant such as 2027-01-10T18:00:00.000Z. */
export function dayOf(instant: string): string {
  return instant.slice(0, 10);
}

export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);
