import type { ChannelId } from '@/lib/engine/types';
import type { Campaign } from '@/lib/plan/types';

/**
 * The campaign a day's spend is most likely logged for: one running on `day` on the tab's channel,
 * else one running on any channel, else the one that ended last, else the plan's first. With 25
 * campaigns the plan's first was a January campaign in November (QA22).
 */
export function defaultCampaign(campaigns: readonly Campaign[], channel: ChannelId, day: string): Campaign | undefined {
  const running = campaigns.filter((c) => c.start <= day && day <= c.end);
  const ended = campaigns.filter((c) => c.end < day).sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : 0));
  return running.find((c) => c.channel === channel) ?? running[0] ?? ended[0] ?? campaigns[0];
}
