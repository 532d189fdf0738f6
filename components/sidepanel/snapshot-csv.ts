/**
 * The snapshot as CSV, to send to a boss: one row per KPI with its value, the previous period's
 * value, and the goal it is measured against. Raw numbers, so a spreadsheet can compute on them.
 */
import type { KpiSnapshot } from '@/lib/metrics/snapshot';
import { tileIds } from './tile-list';

const HEADER = ['kpi', 'channel', 'from', 'to', 'value', 'previous_from', 'previous_to', 'previous_value', 'goal_target', 'goal_due', 'goal_on_track'];

function cell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function snapshotCsv(snapshot: KpiSnapshot): string {
  const { query, previous } = snapshot;
  const rows = [HEADER.join(',')];
  for (const { ids } of tileIds(snapshot)) {
    for (const id of ids) {
      const goal = snapshot.goals.find((g) => g.kpi === id && g.channel === query.channel);
      rows.push(
        [id, query.channel, query.from, query.to, snapshot.kpis[id], previous.from, previous.to, snapshot.previousKpis[id], goal?.target, goal?.due, goal?.onTrack].map(cell).join(','),
      );
    }
  }
  return `${rows.join('\n')}\n`;
}

export const snapshotFileName = (snapshot: KpiSnapshot): string => `brandline-kpis-${snapshot.query.channel}-${snapshot.query.from}-${snapshot.query.to}.csv`;
