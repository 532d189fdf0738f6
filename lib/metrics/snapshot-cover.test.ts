import { describe, expect, it } from 'vitest';
import { examplePlan } from '../../tests/fixtures/metrics/load';
import { smallData } from '../../tests/fixtures/metrics/small-data';
import { buildSnapshot } from './snapshot';

const JAN = { from: '2027-01-01', to: '2027-01-31' };

describe('previous-period cover (review 37)', () => {
  it("all channels: X's post export reaching back does not cover Instagram's and Facebook's (M3 for 'all')", () => {
    const data = smallData();
    // X's export reaches back into November; Instagram's and Facebook's exports start in January.
    data.posts = [
      ...data.posts,
      { channel: 'x', postId: 'x-nov', publishedAt: '2026-11-28T10:00:00.000Z', contentType: 'other', impressions: 10 },
      { channel: 'x', postId: 'x-dec', publishedAt: '2026-12-10T10:00:00.000Z', contentType: 'other', impressions: 10 },
    ];
    const all = buildSnapshot(data, examplePlan(), { ...JAN, channel: 'all' });
    // December holds X's posts only; January all three channels': "Posts ▲ +500 %" is exports added.
    expect(all.kpis.posts).toBe(6);
    expect(all.previousKpis.posts).toBeUndefined();
  });

  it("a channel's sessions are covered by the GA4 export, not by the channel's first row (sparse X traffic)", () => {
    const data = smallData();
    // One daily GA4 export by source from 1 December: Google has sessions every day, X (t.co) only
    // on some days, its first on 3 December. GA4 writes no row for a source on a day without sessions.
    const day = (i: number) => new Date(Date.UTC(2026, 11, 1 + i)).toISOString().slice(0, 10);
    data.sessions = [
      ...Array.from({ length: 62 }, (_, i) => ({ date: day(i), source: 'google', sessions: 100 })),
      ...[2, 9, 20, 33, 45].map((i) => ({ date: day(i), source: 't.co', sessions: 20 })),
    ];
    const x = buildSnapshot(data, examplePlan(), { ...JAN, channel: 'x' });
    expect(x.kpis.sessions).toBe(40);
    // December's 60 X sessions are in the same export as January's 40: "Sessions ▼ −33 %".
    expect(x.previousKpis.sessions).toBe(60);
  });

  it('a follower count logged a few days into the previous period still gives the previous "Followers" (a count at a day, not a sum)', () => {
    const data = smallData();
    // Counts logged by hand each week from the popup, the first on Thursday 3 December.
    data.snapshots = [
      { channel: 'instagram', date: '2026-12-03', followers: 9600 },
      { channel: 'instagram', date: '2026-12-10', followers: 9700 },
      { channel: 'instagram', date: '2026-12-17', followers: 9800 },
      { channel: 'instagram', date: '2026-12-24', followers: 9900 },
      ...data.snapshots,
    ];
    // Instagram's post export reaches back into November.
    data.posts = [...data.posts, { channel: 'instagram', postId: 'ig-nov', publishedAt: '2026-11-20T10:00:00.000Z', contentType: 'photo', impressions: 10 }];
    const ig = buildSnapshot(data, examplePlan(), { ...JAN, channel: 'instagram' });
    expect(ig.kpis.followers).toBe(11000);
    // Followers at 31 December were 9,900, counted on the 24th: "Followers ▲ +11.1 %".
    expect(ig.previousKpis.followers).toBe(9900);
  });
});
