/**
 * Range presets. "Last 7 days" ends today — unless the data lies wholly before or after today
 * (an old import, or the demo's sample year), when it ends on the last day with data: an empty
 * panel helps nobody, and the dates are always shown.
 */
import { addDays, toDayNumber } from '@/lib/metrics/dates';
import type { DateRange } from '@/lib/metrics/extent';

// "Last week" and "last month" are the calendar's, before the anchor's own (weeks from Monday, as in
// Norway and ISO 8601): the Monday report compares last week with the week before (QA39).
export const PRESETS = ['last7', 'lastWeek', 'last28', 'last90', 'thisMonth', 'lastMonth', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

export function anchorDay(today: string, data: DateRange | undefined): string {
  if (!data) return today;
  return today >= data.from && today <= data.to ? today : data.to;
}

export function presetRange(preset: Exclude<Preset, 'custom'>, anchor: string): DateRange {
  switch (preset) {
    case 'last7':
      return { from: addDays(anchor, -6), to: anchor };
    case 'last28':
      return { from: addDays(anchor, -27), to: anchor };
    case 'last90':
      return { from: addDays(anchor, -89), to: anchor };
    case 'thisMonth':
      return { from: `${anchor.slice(0, 8)}01`, to: anchor };
    case 'lastWeek': {
      // 1970-01-01 was a Thursday: day number + 3, modulo 7, counts from Monday.
      const monday = addDays(anchor, -((((toDayNumber(anchor) + 3) % 7) + 7) % 7));
      return { from: addDays(monday, -7), to: addDays(monday, -1) };
    }
    case 'lastMonth': {
      const end = addDays(`${anchor.slice(0, 8)}01`, -1);
      return { from: `${end.slice(0, 8)}01`, to: end };
    }
  }
}

/** Which preset a range is, for the range picker; anything else is custom. */
export function presetOf(range: DateRange, anchor: string): Preset {
  for (const preset of PRESETS) {
    if (preset === 'custom') continue;
    const r = presetRange(preset, anchor);
    if (r.from === range.from && r.to === range.to) return preset;
  }
  return 'custom';
}
