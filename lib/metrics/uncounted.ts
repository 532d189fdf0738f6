/**
 * What of an imported file no KPI of a range counts, for a note beside the figures: a weekly
 * report run one day off dropped a whole GA4 download without a word (QA26), and a file of posts
 * from another month reads the same as a month without posts. Only posts and web sessions are
 * looked at: follower counts before the range are its baseline, and campaign spend before it
 * counts towards budget pacing, so neither is ever simply outside.
 */
import { dayOf } from './dates';
import type { DateRange } from './extent';
import { sessionInRange } from './kpi';
import type { MetricsData } from './types';

export interface Uncounted {
  /** The file's posts, when none was published in the range. */
  posts?: number;
  /** The file's web-session rows, when none counts in the range; `covers` when they are GA4 range downloads. */
  sessions?: { rows: number; covers?: DateRange };
}

export function uncountedIn(data: MetricsData, range: DateRange): Uncounted | undefined {
  const inRange = (day: string) => day >= range.from && day <= range.to;
  const out: Uncounted = {};
  if (data.posts.length && !data.posts.some((post) => inRange(dayOf(post.publishedAt)))) out.posts = data.posts.length;
  if (data.sessions.length && !data.sessions.some((s) => sessionInRange(s, range.from, range.to))) {
    const ranged = data.sessions.filter((s) => s.rangeEnd !== undefined);
    // One download's range (several tables: from the first start to the last end).
    const covers = ranged.length === data.sessions.length ? { from: ranged.reduce((a, s) => (s.date < a ? s.date : a), ranged[0]!.date), to: ranged.reduce((a, s) => (s.rangeEnd! > a ? s.rangeEnd! : a), ranged[0]!.rangeEnd!) } : undefined;
    out.sessions = covers ? { rows: data.sessions.length, covers } : { rows: data.sessions.length };
  }
  return out.posts === undefined && out.sessions === undefined ? undefined : out;
}
