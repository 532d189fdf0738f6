/**
 * The plan "all channels" is measured against. SPEC §6 lets each channel have its own active plan
 * (an Instagram plan, a Facebook + X plan); the all-channels view must then add up what the
 * channel views show (SPEC §5: `all` applies the same formulas to every channel's records). A
 * single plan for it (the one active on most channels) judged Instagram's web sessions by the
 * Facebook plan's UTM source, dropped the Instagram plan's campaigns and added kroner to euros
 * (QA25). So each channel brings what its own view uses: its UTM rules, its campaigns, its goals.
 */
import { CHANNEL_IDS, type ChannelId } from '../engine/types';
import type { Plan } from './types';

export type ActivePlans = Partial<Record<ChannelId, Plan>>;

/** The plan active on most channels (ties: x, facebook, instagram order). */
export function leadPlan(active: ActivePlans): Plan | undefined {
  const votes = new Map<string, { plan: Plan; count: number }>();
  for (const channel of CHANNEL_IDS) {
    const plan = active[channel];
    if (!plan) continue;
    const vote = votes.get(plan.id);
    if (vote) vote.count++;
    else votes.set(plan.id, { plan, count: 1 });
  }
  // Map order is first-seen order (x, facebook, instagram), and the sort is stable.
  return [...votes.values()].sort((a, b) => b.count - a.count)[0]?.plan;
}

/**
 * One plan holding, for each channel, what that channel's active plan says about it: its rules
 * (UTM source), its campaigns on that channel and its goals for that channel; the goals for `all`
 * come from the lead plan (leadPlan), whose id and name it keeps. The other campaigns of the
 * active plans follow, so their results keep their channel and currency. A channel without a plan
 * takes the lead's. With one plan on every channel, that plan itself comes back.
 */
export function combinedPlan(active: ActivePlans): Plan | undefined {
  const lead = leadPlan(active);
  if (!lead) return undefined;
  const planOf = (channel: ChannelId) => active[channel] ?? lead;
  if (CHANNEL_IDS.every((channel) => planOf(channel).id === lead.id)) return lead;
  return {
    ...lead,
    channels: Object.fromEntries(CHANNEL_IDS.map((channel) => [channel, planOf(channel).channels[channel]])) as Plan['channels'],
    // Results name a campaign by id alone: an id two plans use is the first channel's campaign.
    // A campaign an active plan lists for a channel another plan has taken stays known (last):
    // dropped, its results counted as unplanned for "all", with no currency, and kroner were
    // added to euros again (rev28).
    campaigns: uniqueById([
      ...CHANNEL_IDS.flatMap((channel) => planOf(channel).campaigns.filter((c) => c.channel === channel)),
      ...CHANNEL_IDS.flatMap((channel) => planOf(channel).campaigns),
    ]),
    goals: [...CHANNEL_IDS.flatMap((channel) => planOf(channel).goals.filter((g) => g.channel === channel)), ...lead.goals.filter((g) => g.channel === 'all')],
  };
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && (seen.add(item.id), true));
}
