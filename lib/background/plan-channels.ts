import { CHANNEL_IDS, type ChannelId } from '../engine/types';
import type { Plan } from '../plan/types';

/**
 * The channels an imported plan is "for": those its file names under `channels` and does not
 * disable; a file that names no channel is for every channel (defaults apply to all three).
 */
export function channelsOfPlan(raw: unknown, plan: Plan): ChannelId[] {
  const named = raw && typeof raw === 'object' ? (raw as { channels?: unknown }).channels : undefined;
  const listed = named && typeof named === 'object' ? CHANNEL_IDS.filter((c) => c in named) : [];
  const candidates = listed.length ? listed : [...CHANNEL_IDS];
  return candidates.filter((c) => plan.channels[c].enabled);
}

/** Lower-case slug for a plan id made from a display name. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'plan';
}
