/**
 * Whether a number typed into the popup looks like a slip of the keyboard: a follower count
 * with a digit too many or too few, a day's spend with a lost decimal mark. Such a number goes
 * straight into audience growth or pacing, so the popup asks once before logging it; it never
 * refuses (a viral day or a bought campaign boost can be real).
 */
import type { ChannelId } from '../engine/types';
import type { AccountSnapshot } from './types';

export interface LoggedCount {
  date: string;
  followers: number;
}

/** The stored counts of a channel nearest to `date` on either side (the day itself is being replaced). */
export function nearestCounts(snapshots: readonly AccountSnapshot[], channel: ChannelId, date: string): { before?: LoggedCount; after?: LoggedCount } {
  let before: AccountSnapshot | undefined;
  let after: AccountSnapshot | undefined;
  for (const s of snapshots) {
    if (s.channel !== channel || s.date === date) continue;
    if (s.date < date) {
      if (!before || s.date > before.date) before = s;
    } else if (!after || s.date < after.date) after = s;
  }
  const pick = (s: AccountSnapshot | undefined) => (s ? { date: s.date, followers: s.followers } : undefined);
  return { ...(before ? { before: pick(before) } : {}), ...(after ? { after: pick(after) } : {}) };
}

// A slipped digit is ×10 or ÷10; ×3 leaves room for a real jump while still catching that. Small
// accounts move by large factors (20 → 80 followers in a week), so the change must also be large.
const FACTOR = 3;
const MIN_CHANGE = 1000;

/** The nearest stored count `followers` is implausibly far from, or undefined when it is not. */
export function unusualFollowers(followers: number, near: { before?: LoggedCount; after?: LoggedCount }): LoggedCount | undefined {
  for (const ref of [near.before, near.after]) {
    if (!ref) continue;
    const high = Math.max(followers, ref.followers);
    const low = Math.min(followers, ref.followers);
    if (high - low >= MIN_CHANGE && high >= FACTOR * low) return ref;
  }
  return undefined;
}

/** A single day's spend above the campaign's whole budget is almost always a lost decimal mark. */
export const unusualSpend = (spend: number, budget: number | undefined): boolean => budget !== undefined && budget > 0 && spend > budget;
