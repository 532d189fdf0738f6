/** Date extent of stored metrics: the CLI's default range and the side panel's fallback. */
import { CHANNEL_IDS, type ChannelId } from '../engine/types';
import type { Plan } from '../plan/types';
import { sourceAttributor } from './attribution';
import { dayOf, maxDate, minDate } from './dates';
import type { MetricsData } from './types';

export interface DateRange {
  from: string;
  to: string;
}

export function dataExtent(data: MetricsData): DateRange | undefined {
  let from: string | undefined;
  let to: string | undefined;
  const see = (date: string) => {
    from = from === undefined ? date : minDate(from, date);
    to = to === undefined ? date : maxDate(to, date);
  };
  for (const s of data.snapshots) see(s.date);
  for (const p of data.posts) see(dayOf(p.publishedAt));
  for (const w of data.sessions) {
    see(w.date);
    if (w.rangeEnd) see(w.rangeEnd);
  }
  for (const r of data.campaignResults) see(r.date);
  return from !== undefined && to !== undefined ? { from, to } : undefined;
}

/** Channels with data anywhere in the records (SPEC section 6: `brandline kpi` without --channel). */
export function channelsWithData(data: MetricsData, plan: Plan | undefined): ChannelId[] {
  const found = new Set<ChannelId>();
  for (const s of data.snapshots) found.add(s.channel);
  for (const p of data.posts) found.add(p.channel);
  const attribute = sourceAttributor(plan);
  for (const w of data.sessions) {
    const channel = attribute(w.source);
    if (channel) found.add(channel);
  }
  const planned = new Map((plan?.campaigns ?? []).map((c) => [c.id, c.channel]));
  for (const r of data.campaignResults) {
    const channel = planned.get(r.campaignId);
    if (channel) found.add(channel);
  }
  return CHANNEL_IDS.filter((c) => found.has(c));
}
