/**
 * Progress toward the plan's goals. A goal is on track when it is met, or — for follower counts,
 * the one goal that grows by itself — when the trend over the range reaches the target by `due`.
 */
import type { ChannelId } from '../engine/types';
import type { Goal } from '../plan/types';
import { inclusiveDays } from './dates';
import type { KpiValues } from './kpi';
import type { MetricsData } from './types';

/** KPIs where less is better; every other KPI is better when higher. */
// Budget pacing is a ceiling: at or under the target (1 = on budget) is met.
const LOWER_IS_BETTER = new Set(['bounceRate', 'negativeFeedbackRate', 'cpc', 'cpa', 'budgetPacing']);

export const lowerIsBetter = (kpi: string): boolean => LOWER_IS_BETTER.has(kpi.split('.')[0] ?? kpi);

export interface GoalProgress {
  id: string;
  kpi: string;
  channel: ChannelId | 'all';
  target: number;
  due: string;
  direction: 'higher' | 'lower';
  /** The KPI over the snapshot's range for the goal's channel; absent without data. */
  value?: number;
  /** 0…1+ share of the way to the target (1 = met). */
  progress?: number;
  /** Followers expected on `due` at the range's trend. */
  projected?: number;
  met?: boolean;
  onTrack?: boolean;
  /** No value because the goal channel's campaigns are in several currencies (money KPIs; kpi.ts). */
  mixedCurrencies?: true;
  /**
   * The whole range lies after the goal's due date: its value says where the KPI is now, not
   * whether the goal was met in time, so it is neither "met" on time nor "behind" (QA29).
   */
  pastDue?: true;
  /** A `budgetPacing.<id>` goal whose id is no campaign of the plan: it can never have a value. */
  unknownCampaign?: string;
  /**
   * The currency of a money goal's figures: that of its channel's campaign results in the range,
   * else of its channel's campaigns, when it is one (set by buildSnapshot).
   */
  currency?: string;
}

export function goalProgress(goal: Goal, values: KpiValues, data: MetricsData, range: { from: string; to: string }): GoalProgress {
  const direction = lowerIsBetter(goal.kpi) ? 'lower' : 'higher';
  const base: GoalProgress = { id: goal.id, kpi: goal.kpi, channel: goal.channel, target: goal.target, due: goal.due, direction, ...(goal.due < range.from ? { pastDue: true as const } : {}) };
  // Own keys only: a goal on "constructor" found Object's function (a stored plan from a hand-made backup).
  const value = Object.hasOwn(values, goal.kpi) ? values[goal.kpi] : undefined;
  if (value === undefined) return base;
  const met = direction === 'higher' ? value >= goal.target : value <= goal.target;
  const progress = direction === 'higher' ? (goal.target === 0 ? 1 : value / goal.target) : value === 0 ? 1 : goal.target / value;
  const projected = goal.kpi === 'followers' && goal.due > range.to ? projectFollowers(data, goal.channel, range, goal.due) : undefined;
  // Past its due date a goal is no longer on its way: reached now or not, it was due before.
  const onTrack = !base.pastDue && (met || (projected !== undefined && projected >= goal.target));
  return { ...base, value, progress, met, onTrack, ...(projected !== undefined ? { projected } : {}) };
}

/**
 * Followers on `due` at the trend from the range's start to its end, per channel: from the last
 * count on or before the range's first day (else the first in it) to the last count in it. A
 * channel with no trend there (one count, or its last one before the range) stays at its last
 * count, as the goal's value counts it: leaving it out put "all" below today's figure (QA36).
 */
function projectFollowers(data: MetricsData, channel: ChannelId | 'all', range: { from: string; to: string }, due: string): number | undefined {
  type Count = { date: string; n: number };
  const perChannel = new Map<ChannelId, { start?: Count; firstIn?: Count; last?: Count }>();
  for (const s of data.snapshots) {
    if (s.date > range.to || (channel !== 'all' && s.channel !== channel)) continue;
    const entry = perChannel.get(s.channel) ?? {};
    const count = { date: s.date, n: s.followers };
    if (!entry.last || s.date > entry.last.date) entry.last = count;
    if (s.date <= range.from && (!entry.start || s.date > entry.start.date)) entry.start = count;
    if (s.date >= range.from && (!entry.firstIn || s.date < entry.firstIn.date)) entry.firstIn = count;
    perChannel.set(s.channel, entry);
  }
  let projected = 0;
  let any = false;
  for (const { start, firstIn, last } of perChannel.values()) {
    const first = start ?? firstIn;
    if (!last) continue;
    if (!first || first.date === last.date || last.date < range.from) {
      projected += last.n;
      continue;
    }
    const perDay = (last.n - first.n) / (inclusiveDays(first.date, last.date) - 1);
    projected += last.n + perDay * (inclusiveDays(last.date, due) - 1);
    any = true;
  }
  return any ? projected : undefined;
}
