/**
 * Whether a number typed into the popup looks like a slip of the keyboard: a follower count
 * with a digit too many or too few, a day's spend with a lost decimal mark. Such a number goes
 * straight into audience growth or pacing, so the popup asks once before logging it; it never
 * refuses (a viral day or a bought campaign boost can be real).
 */
import type { ChannelId } from '../engine/types';
import type { AccountSnapshot, CampaignResult } from './types';

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

/**
 * The spend stored for a campaign on every day but `date` (the day being logged replaces its own).
 * `idOf` resolves a stored campaign name to the plan's id, as the snapshot does.
 */
export function spentOtherDays(results: readonly CampaignResult[], id: string, date: string, idOf: (raw: string) => string = (raw) => raw): number {
  let spent = 0;
  for (const r of results) if (r.date !== date && idOf(r.campaignId) === id) spent += r.spend;
  return spent;
}

/**
 * Why a day's spend deserves a second look, if it does: `day`, above the campaign's whole budget
 * (almost always a lost decimal mark); `total`, the day that takes the campaign past its budget
 * (ten days of 0.9 × the budget each passed the first check; rev24). Once past it, later days are
 * not asked about again: the side panel's pacing says so.
 */
export function unusualSpend(spend: number, budget: number | undefined, spentElsewhere = 0): 'day' | 'total' | undefined {
  if (budget === undefined || !(budget > 0)) return undefined;
  if (spend > budget) return 'day';
  if (spentElsewhere <= budget && spentElsewhere + spend > budget) return 'total';
  return undefined;
}
