/**
 * The side panel's URL query (SPEC section 6): `from`, `to` (YYYY-MM-DD) and `channel`, so a
 * report can be linked and bookmarked. Values that cannot be read are dropped and named, and the
 * panel falls back to its defaults for them.
 */
import { CHANNEL_IDS, type ChannelId } from '@/lib/engine/types';
import { isIsoDate } from '@/lib/metrics/dates';

export type ChannelFilter = ChannelId | 'all';

export interface PanelQuery {
  from?: string;
  to?: string;
  channel: ChannelFilter;
}

export const CHANNEL_FILTERS: readonly ChannelFilter[] = ['all', ...CHANNEL_IDS];

const FIRST_DAY = '2000-01-01';
const LAST_DAY = '2099-12-31';

export function readPanelQuery(search: string): { query: PanelQuery; ignored: string[]; swapped?: true } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const date = (name: 'from' | 'to') => {
    const value = params.get(name);
    if (value === null || value === '') return undefined;
    // Social media analytics start this century; a year like 1900 is a typo, not a report.
    if (isIsoDate(value) && value >= FIRST_DAY && value <= LAST_DAY) return value;
    ignored.push(name);
    return undefined;
  };
  let from = date('from');
  let to = date('to');
  // A range written backwards means the same days; the panel says it read it so.
  const swapped = !!(from && to && from > to);
  if (swapped) [from, to] = [to!, from!];
  const rawChannel = params.get('channel')?.trim().toLowerCase();
  let channel: ChannelFilter = 'all';
  if (rawChannel) {
    if ((CHANNEL_FILTERS as readonly string[]).includes(rawChannel)) channel = rawChannel as ChannelFilter;
    else ignored.push('channel');
  }
  return { query: { ...(from ? { from } : {}), ...(to ? { to } : {}), channel }, ignored, ...(swapped ? { swapped: true as const } : {}) };
}

/** Rewrites only our three parameters, keeping any others the page was opened with. */
export function panelSearch(current: string, query: { from: string; to: string; channel: ChannelFilter }): string {
  const params = new URLSearchParams(current);
  params.set('from', query.from);
  params.set('to', query.to);
  params.set('channel', query.channel);
  return `?${params.toString()}`;
}
