import { describe, expect, it } from 'vitest';
import { examplePlan, fixtureBytes, utf8 } from '../../../tests/fixtures/metrics/load';
import { importMetricsFile } from '../import';

describe('Brandline CSV templates', () => {
  it('followers: any column order, "10,000", a bad date skipped by line', async () => {
    const result = await importMetricsFile({ name: 'followers.csv', bytes: fixtureBytes('followers.csv') });
    expect(result.kind).toBe('followers');
    expect(result.data.snapshots).toEqual([
      { channel: 'instagram', date: '2027-01-01', followers: 10000 },
      { channel: 'instagram', date: '2027-01-31', followers: 10600 },
      { channel: 'facebook', date: '2027-01-01', followers: 4000 },
      { channel: 'facebook', date: '2027-01-31', followers: 4100 },
      { channel: 'x', date: '2027-01-15', followers: 2500 },
    ]);
    expect(result.skipped).toEqual([{ line: 7, reason: 'column "date": expected a date (YYYY-MM-DD), got "2027-02-30"' }]);
  });

  it('posts: extra column ignored, campaign name → plan id, unknown content type skipped', async () => {
    const result = await importMetricsFile({ name: 'posts.csv', bytes: fixtureBytes('posts.csv') }, { plan: examplePlan() });
    expect(result.kind).toBe('posts');
    expect(result.data.posts).toEqual([
      { channel: 'instagram', postId: 'ig-101', publishedAt: '2027-01-08T00:00:00.000Z', contentType: 'photo', impressions: 1000, reach: 800, reactions: 60, comments: 10, shares: 5, saves: 5, campaignId: 'winter-2027' },
      { channel: 'facebook', postId: 'fb-201', publishedAt: '2027-01-09T12:00:00.000Z', contentType: 'link', impressions: 2000, reactions: 40, comments: 5, shares: 5, linkClicks: 30, negativeFeedback: 2 },
      { channel: 'x', postId: 'x-301', publishedAt: '2027-01-10T08:00:00.000Z', contentType: 'text', impressions: 500, reactions: 10, comments: 2, shares: 3, linkClicks: 4 },
    ]);
    expect(result.skipped).toEqual([{ line: 5, reason: expect.stringMatching(/^column "content_type": expected one of text, photo, .* got "gif"$/) }]);
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

  it('campaign results: id or plan name, a bad spend skipped', async () => {
    const result = await importMetricsFile({ name: 'campaign.csv', bytes: fixtureBytes('campaign-results.csv') }, { plan: examplePlan() });
    expect(result.kind).toBe('campaign-results');
    expect(result.data.campaignResults).toEqual([
      { campaignId: 'winter-2027', date: '2027-01-05', spend: 500, clicks: 250, conversions: 5, revenue: 1500 },
      { campaignId: 'winter-2027', date: '2027-01-06', spend: 700, clicks: 300, revenue: 2100 },
      { campaignId: 'winter-2027', date: '2027-01-07', spend: 600, conversions: 6 },
    ]);
    expect(result.skipped).toEqual([{ line: 5, reason: 'column "spend": expected a number, got "nothing"' }]);
  });

  it('a row repeated in the file counts once', async () => {
    const text = 'channel,date,followers\nx,2027-01-01,10\nx,2027-01-01,10\n';
    const result = await importMetricsFile({ name: 'twice.csv', bytes: utf8(text) });
    expect(result.data.snapshots).toEqual([{ channel: 'x', date: '2027-01-01', followers: 10 }]);
  });
});
