import type { DraftStats } from '../engine/stats';
import type { ChannelId } from '../engine/types';
import { CHANNEL_LIMITS } from '../channels/limits';
import type { Plan } from '../plan/types';

/** One live counter of the overlay. `allowed` absent: nothing limits it. */
export interface Counter {
  id: 'length' | 'hashtags' | 'emoji' | 'mentions';
  used: number;
  allowed?: number;
  /** X shows characters left, as its own ring does; other channels show used / allowed. */
  left?: number;
  over: boolean;
}

function minDefined(...values: (number | undefined)[]): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length ? Math.min(...defined) : undefined;
}

/** The counters that matter on a channel's post composer. */
export function countersFor(stats: DraftStats, channel: ChannelId, plan: Plan | undefined): Counter[] {
  const rules = plan?.channels[channel];
  const platform = CHANNEL_LIMITS[channel];
  const counter = (id: Counter['id'], used: number, allowed: number | undefined): Counter => ({
    id,
    used,
    ...(allowed === undefined ? {} : { allowed }),
    over: allowed !== undefined && used > allowed,
  });
  const length = counter('length', stats.length, stats.limit);
  if (channel === 'x') length.left = stats.limit - stats.length;
  return [
    length,
    counter('hashtags', stats.hashtags, minDefined(rules?.hashtags.max, platform.maxHashtags)),
    counter('emoji', stats.emoji, rules?.emoji.max),
    counter('mentions', stats.mentions, minDefined(rules?.mentions.max, platform.maxMentions)),
  ];
}

/** Findings by severity, errors first; the order inside a group is the engine's (text order). */
export function groupBySeverity<T extends { severity: 'error' | 'warning' | 'info' }>(findings: readonly T[]): { severity: T['severity']; findings: T[] }[] {
  return (['error', 'warning', 'info'] as const)
    .map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) }))
    .filter((group) => group.findings.length > 0);
}
