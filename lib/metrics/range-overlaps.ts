/**
 * Web sessions that would count twice. SPEC §5 counts the rows of a GA4 download without a Date
 * column in any KPI range that holds the download's whole range, so two such downloads whose
 * ranges overlap (1–31 Jan and 15 Jan–14 Feb), or one beside day-by-day sessions of the same days,
 * both count the shared days. Brandline cannot split a range total into days, so it keeps both, as
 * the contract says, and says so at import (QA25's open point).
 */
import type { WebSession } from './types';

/** What the overlap of web sessions is found from: a session's day, or its GA4 download's range. */
export type SessionSpan = Pick<WebSession, 'date' | 'rangeEnd'>;

export interface DaySpan {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

/** The distinct spans of some sessions: each GA4 range download once, each day with day-by-day rows once. */
function spansOf(sessions: readonly SessionSpan[]): { ranges: DaySpan[]; days: string[] } {
  const ranges = new Map<string, DaySpan>();
  const days = new Set<string>();
  for (const session of sessions) {
    if (session.rangeEnd === undefined) days.add(session.date);
    else ranges.set(`${session.date}/${session.rangeEnd}`, { from: session.date, to: session.rangeEnd });
  }
  return { ranges: [...ranges.values()], days: [...days] };
}

const intersects = (a: DaySpan, b: DaySpan) => a.from <= b.to && b.from <= a.to;
const same = (a: DaySpan, b: DaySpan) => a.from === b.from && a.to === b.to;

/**
 * The stored sessions' days that `incoming` would count a second time, as one span from the first
 * to the last such day (undefined when none). A download of the very same range is not an overlap:
 * its rows replace the stored ones (same record keys). Day-by-day rows beside day-by-day rows never
 * are: rows of different sources add up, rows of the same source and day replace.
 */
export function rangeOverlap(incoming: readonly SessionSpan[], stored: readonly SessionSpan[]): DaySpan | undefined {
  const mine = spansOf(incoming);
  if (mine.ranges.length === 0 && mine.days.length === 0) return undefined;
  const theirs = spansOf(stored);
  let from: string | undefined;
  let to: string | undefined;
  const hit = (span: DaySpan) => {
    if (from === undefined || span.from < from) from = span.from;
    if (to === undefined || span.to > to) to = span.to;
  };
  for (const range of mine.ranges) {
    for (const other of theirs.ranges) if (!same(range, other) && intersects(range, other)) hit(other);
    for (const day of theirs.days) if (day >= range.from && day <= range.to) hit({ from: day, to: day });
  }
  if (mine.days.length && theirs.ranges.length) {
    for (const other of theirs.ranges) if (mine.days.some((day) => day >= other.from && day <= other.to)) hit(other);
  }
  return from === undefined || to === undefined ? undefined : { from, to };
}
