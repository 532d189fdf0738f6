import { describe, expect, it } from 'vitest';
import type { CampaignRow } from '@/lib/metrics/snapshot';
import { chartsShown, CHARTS_SHOWN } from './CampaignTable';

const row = (id: string, start: string, end: string, overspend = false): CampaignRow => ({
  id, name: id, channel: 'x', currency: 'NOK', budget: 100, start, end, spend: 10, elapsedDays: 1, campaignDays: 10, overspend, series: [{ date: start, spend: 10 }],
});

describe('chartsShown', () => {
  it('shows every chart of a few campaigns', () => {
    const few = Array.from({ length: CHARTS_SHOWN + 1 }, (_, k) => row(`c${k}`, '2027-01-01', '2027-01-31'));
    expect(chartsShown(few, '2027-01-15')).toEqual({ open: few, folded: [] });
  });

  it('with many, shows those over budget, then those running on the last day, in the plan\'s order; folds the rest', () => {
    const ended = Array.from({ length: 20 }, (_, k) => row(`old${k}`, '2026-01-01', '2026-02-01'));
    const running = [row('run1', '2027-01-01', '2027-03-31'), row('run2', '2027-01-10', '2027-02-28'), row('run3', '2027-01-01', '2027-12-31')];
    const over = row('over', '2026-05-01', '2026-06-01', true);
    const all = [...ended.slice(0, 10), running[0]!, over, ...ended.slice(10), running[1]!, running[2]!];
    const { open, folded } = chartsShown(all, '2027-01-31');
    expect(open.map((c) => c.id)).toEqual(['run1', 'over', 'run2', 'run3']);
    expect(folded).toHaveLength(20);
    expect(folded.map((c) => c.id)).toEqual(ended.map((c) => c.id));
  });
});
