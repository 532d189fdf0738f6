/** Live counters for the overlay and popup (length in the channel's unit, counts of entities). */
import { platformLimit } from '../channels/limits';
import type { Plan } from '../plan/types';
import { measureLength } from './length';
import { Segments } from './segments';
import type { ChannelId, Surface } from './types';

export interface DraftStats {
  /** In the channel's unit: X weighted length, otherwise code points. */
  length: number;
  /** The plan's maxLength (posts) or the platform limit. */
  limit: number;
  hashtags: number;
  mentions: number;
  emoji: number;
  links: number;
}

export function lengthLimit(channel: ChannelId, surface: Surface, plan?: Plan): number {
  const platform = platformLimit(channel, surface);
  const planned = surface === 'post' ? plan?.channels[channel].maxLength : undefined;
  return planned === undefined ? platform : Math.min(planned, platform);
}

export function draftStats(text: string, channel: ChannelId, plan?: Plan, surface: Surface = 'post'): DraftStats {
  const segments = new Segments(text, channel);
  const limit = lengthLimit(channel, surface, plan);
  return {
    // Only the length is shown: no limit, so no search for where a lower plan limit cuts the text.
    length: measureLength(text, channel, Number.POSITIVE_INFINITY).length,
    limit,
    hashtags: segments.hashtags.length,
    mentions: segments.mentions.length,
    emoji: segments.emoji.length,
    links: segments.links.length,
  };
}
