import { describe, expect, it } from 'vitest';
import type { MetricsData } from './types';
import { uncountedIn } from './uncounted';

const empty: MetricsData = { snapshots: [], posts: [], sessions: [], campaignResults: [] };
const JAN = { from: '2027-01-01', to: '2027-01-31' };

describe('uncountedIn: what of a file no KPI of the range counts (QA26)', () => {
  it('a GA4 download whose range is not inside the KPI range, by one day', () => {
    const data = { ...empty, sessions: [{ date: '2027-01-01', rangeEnd: '2027-01-31', source: 'facebook', sessions: 5 }, { date: '2027-01-01', rangeEnd: '2027-01-31', source: 'x', sessions: 3 }] };
    expect(uncountedIn(data, { from: '2027-01-02', to: '2027-01-31' })).toEqual({ sessions: { rows: 2, covers: JAN } });
    expect(uncountedIn(data, JAN)).toBeUndefined();
  });
  it('posts all published outside the range; a single one inside is enough', () => {
    const post = (day: string) => ({ channel: 'x' as const, postId: day, publishedAt: `${day}T10:00:00.000Z`, contentType: 'other' as const });
    expect(uncountedIn({ ...empty, posts: [post('2027-02-01'), post('2027-02-03')] }, JAN)).toEqual({ posts: 2 });
    expect(uncountedIn({ ...empty, posts: [post('2027-02-01'), post('2027-01-31')] }, JAN)).toBeUndefined();
  });
  it('day-by-day sessions outside the range; follower counts and campaign spend are never outside', () => {
    expect(uncountedIn({ ...empty, sessions: [{ date: '2027-03-01', source: 'x', sessions: 1 }] }, JAN)).toEqual({ sessions: { rows: 1 } });
    expect(uncountedIn({ ...empty, snapshots: [{ channel: 'x', date: '2026-12-01', followers: 10 }], campaignResults: [{ campaignId: 'c', date: '2026-12-01', spend: 5 }] }, JAN)).toBeUndefined();
  });
});
