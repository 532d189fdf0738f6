/**
 * Which social channel a web session came from (SPEC section 5): its source is the plan's
 * `utm.source` for the channel or a known referrer of it; the first of x, facebook, instagram
 * wins when a source would match two.
 */
import { CHANNEL_IDS, type ChannelId } from '../engine/types';
import type { Plan } from '../plan/types';

const KNOWN_REFERRERS: Record<ChannelId, readonly string[]> = {
  x: ['x', 'twitter', 't.co', 'x.com', 'twitter.com'],
  facebook: ['facebook', 'fb', 'facebook.com', 'm.facebook.com', 'l.facebook.com', 'lm.facebook.com'],
  instagram: ['instagram', 'ig', 'instagram.com', 'l.instagram.com'],
};

export type SourceAttributor = (source: string) => ChannelId | undefined;

/** Builds a memoised source → channel lookup for one plan (sources repeat a lot in GA4 rows). */
export function sourceAttributor(plan: Plan | undefined): SourceAttributor {
  const sourcesOf = CHANNEL_IDS.map((channel) => {
    const names = new Set(KNOWN_REFERRERS[channel]);
    const utm = plan?.channels[channel]?.links.utm?.source?.trim().toLowerCase();
    if (utm) names.add(utm);
    return [channel, names] as const;
  });
  const cache = new Map<string, ChannelId | undefined>();
  return (source) => {
    const key = source.trim().toLowerCase();
    if (cache.has(key)) return cache.get(key);
    const found = sourcesOf.find(([, names]) => names.has(key))?.[0];
    cache.set(key, found);
    return found;
  };
}
