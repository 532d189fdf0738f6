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

function projectFollowers(data: MetricsData, channel: ChannelId | 'all', range: { from: string; to: string }, due: string): number | undefined {
  const perChannel = new Map<ChannelId, { first?: { date: string; n: number }; last?: { date: string; n: number } }>();
  for (const s of data.snapshots) {
    if (s.date < range.from || s.date > range.to || (channel !== 'all' && s.channel !== channel)) continue;
    const entry = perChannel.get(s.channel) ?? {};
    if (!entry.first || s.date < entry.first.date) entry.first = { date: s.date, n: s.followers };
    if (!entry.last || s.date > entry.last.date) entry.last = { date: s.date, n: s.followers };
    perChannel.set(s.channel, entry);
  }
  let projected = 0;
  let any = false;
  for (const { first, last } of perChannel.values()) {
    if (!first || !last) continue;
    if (first.date === last.date) {
      projected += last.n;
      continue;
    }
    const perDay = (last.n - first.n) / (inclusiveDays(first.date, last.date) - 1);
    projected += last.n + perDay * (inclusiveDays(last.date, due) - 1);
    any = true;
  }
  return any ? projected : undefined;
}
