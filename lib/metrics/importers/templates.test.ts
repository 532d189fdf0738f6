import { describe, expect, it } from 'vitest';
import { examplePlan, fixtureBytes, fixtureText, utf8, withLineAt } from '../../../tests/fixtures/metrics/load';
import { ImportError, importMetricsFile } from '../import';

describe('Brandline CSV templates', () => {
  it('followers: any column order, "10,000"', async () => {
    const result = await importMetricsFile({ name: 'followers.csv', bytes: fixtureBytes('followers.csv') });
    expect(result.kind).toBe('followers');
    expect(result.data.snapshots).toEqual([
      { channel: 'instagram', date: '2027-01-01', followers: 10000 },
      { channel: 'instagram', date: '2027-01-31', followers: 10600 },
      { channel: 'facebook', date: '2027-01-01', followers: 4000 },
      { channel: 'facebook', date: '2027-01-31', followers: 4100 },
      { channel: 'x', date: '2027-01-15', followers: 2500 },
    ]);
  });

  it('posts: extra column ignored, campaign name → plan id', async () => {
    const result = await importMetricsFile({ name: 'posts.csv', bytes: fixtureBytes('posts.csv') }, { plan: examplePlan() });
    expect(result.kind).toBe('posts');
    expect(result.data.posts).toEqual([
      { channel: 'instagram', postId: 'ig-101', publishedAt: '2027-01-08T00:00:00.000Z', contentType: 'photo', impressions: 1000, reach: 800, reactions: 60, comments: 10, shares: 5, saves: 5, campaignId: 'winter-2027' },
      { channel: 'facebook', postId: 'fb-201', publishedAt: '2027-01-09T12:00:00.000Z', contentType: 'link', impressions: 2000, reactions: 40, comments: 5, shares: 5, linkClicks: 30, negativeFeedback: 2 },
      { channel: 'x', postId: 'x-301', publishedAt: '2027-01-10T08:00:00.000Z', contentType: 'text', impressions: 500, reactions: 10, comments: 2, shares: 3, linkClicks: 4 },
    ]);
  });

  it('web sessions: source before " / ", empty cells absent', async () => {
    const result = await importMetricsFile({ name: 'web.csv', bytes: fixtureBytes('web-sessions.csv') });
    expect(result.kind).toBe('web-sessions');
    expect(result.data.sessions).toEqual([
      { date: '2027-01-08', source: 'instagram', landingPage: '/winter', sessions: 100, engagedSessions: 70, conversions: 4, revenue: 800 },
      { date: '2027-01-08', source: 'facebook', landingPage: '/winter', sessions: 50, bounces: 10, conversions: 1 },
      { date: '2027-01-09', source: 'newsletter', landingPage: '/', sessions: 30, engagedSessions: 20, bounces: 10, conversions: 1, revenue: 100 },
    ]);
  });

  it('campaign results: id or plan name', async () => {
    const result = await importMetricsFile({ name: 'campaign.csv', bytes: fixtureBytes('campaign-results.csv') }, { plan: examplePlan() });
    expect(result.kind).toBe('campaign-results');
    expect(result.data.campaignResults).toEqual([
      { campaignId: 'winter-2027', date: '2027-01-05', spend: 500, clicks: 250, conversions: 5, revenue: 1500 },
      { campaignId: 'winter-2027', date: '2027-01-06', spend: 700, clicks: 300, revenue: 2100 },
      { campaignId: 'winter-2027', date: '2027-01-07', spend: 600, conversions: 6 },
    ]);
  });

  // SPEC §5: a broken file is refused with its bad line named, and nothing of it is stored.
  it.each([
    ['followers.csv', 7, '2027-02-30,2600,x', 'followers.csv: line 7: column "date": expected a date (YYYY-MM-DD), got "2027-02-30" — nothing from this file was imported'],
    ['posts.csv', 5, 'ig-102,instagram,2027-01-11,gif,100,80,1,1,1,1,,,,', 'posts.csv: line 5: column "content_type": expected one of text, photo,'],
    ['campaign-results.csv', 5, 'winter-2027,2027-01-08,nothing,10,1,10', 'campaign-results.csv: line 5: column "spend": expected a number, got "nothing" — nothing from this file'],
  ])('%s with a bad row on line %i is refused, naming the line and the column', async (name, at, bad, message) => {
    const bytes = utf8(withLineAt(fixtureText(name), at, bad));
    const error = await importMetricsFile({ name, bytes }, { plan: examplePlan() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message.startsWith(message), (error as ImportError).message).toBe(true);
    expect((error as ImportError).details).toMatchObject({ line: at });
  });

  it('lists the other bad lines too, so they can all be corrected at once', async () => {
    const text = 'channel,date,followers\nx,2027-01-01,10\nx,2027-01-02,ten\nx,2027-13-01,12\nx,2027-01-04,13\ntiktok,2027-01-05,14\n';
    await expect(importMetricsFile({ name: 'f.csv', bytes: utf8(text) })).rejects.toThrow(
      /^f\.csv: line 3: column "followers": expected a number, got "ten" \(also bad: lines 4, 6\) — nothing from this file was imported; correct it and import the file again$/,
    );
  });

  it('a row repeated in the file counts once', async () => {
    const text = 'channel,date,followers\nx,2027-01-01,10\nx,2027-01-01,10\n';
    const result = await importMetricsFile({ name: 'twice.csv', bytes: utf8(text) });
    expect(result.data.snapshots).toEqual([{ channel: 'x', date: '2027-01-01', followers: 10 }]);
  });
});
