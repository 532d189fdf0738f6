/**
 * Platform facts the checks rest on (SPEC sections 2 and 3). Each figure names where it comes
 * from, so that when a platform changes a limit there is one place to update and a date to check.
 */
import type { ChannelId, Surface } from '../engine/types';

/** How a channel counts the length of a text. */
export type LengthUnit = 'twitter-weighted' | 'code-points';

export interface ChannelLimits {
  unit: LengthUnit;
  /** Maximum length per surface, in `unit`. */
  maxLength: Record<Surface, number>;
  /** Hard cap on hashtags in a post, when the platform has one. */
  maxHashtags?: number;
  /** Hard cap on @mentions in a post, when the platform has one. */
  maxMentions?: number;
  /** Whether a URL typed in a post is a working link. */
  linksClickable: boolean;
}

export const CHANNEL_LIMITS: Readonly<Record<ChannelId, ChannelLimits>> = {
  // X: 280 weighted characters for posts and replies (twitter-text v3 config, developer.x.com
  // "Counting characters", checked 2026-11). Premium long posts are out of scope: a brand plan
  // targets what every follower sees without "Show more".
  x: { unit: 'twitter-weighted', maxLength: { post: 280, comment: 280 }, linksClickable: true },
  // Facebook: 63,206 characters per post, 8,000 per comment (Meta Help Center, checked 2026-11).
  facebook: { unit: 'code-points', maxLength: { post: 63_206, comment: 8_000 }, linksClickable: true },
  // Instagram: 2,200 per caption and comment; 5 hashtags per post since December 2025 (was 30);
  // 20 @mentions per post (Instagram Help Center, checked 2026-11). Links in captions are plain text.
  instagram: {
    unit: 'code-points',
    maxLength: { post: 2_200, comment: 2_200 },
    maxHashtags: 5,
    maxMentions: 20,
    linksClickable: false,
  },
};

export function platformLimit(channel: ChannelId, surface: Surface): number {
  return CHANNEL_LIMITS[channel].maxLength[surface];
}
