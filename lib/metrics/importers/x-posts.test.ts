import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixtureText, utf8, withLineAt } from '../../../tests/fixtures/metrics/load';
import { importMetricsFile } from '../import';

const BAD_ROW =
  '"1877001234567890004","https://x.com/nordlyscoffee/status/1877001234567890004","Broken time","yesterday","100","5","0.05","1","1","3","0","0","0","0","0","0","0","0","0","0","0","0","-","-","-","-","-","-","-","-","-","-","-","-","-","-","-","-","-","-"';

describe('X post analytics export', () => {
  it('reads the tweet activity CSV with BOM, "1,234", "-" and a multi-line tweet text', async () => {
    const result = await importMetricsFile({ name: 'tweet_activity_metrics.csv', bytes: fixtureBytes('x-tweet-activity.csv') });
    expect(result.kind).toBe('x-posts');
    expect(result.rows).toBe(3);
    expect(result.data.posts).toEqual([
      {
        channel: 'x',
        postId: '1877001234567890001',
        publishedAt: '2027-01-10T18:00:00.000Z',
        contentType: 'other',
        impressions: 1234,
        engagements: 56,
        reactions: 30,
        comments: 6,
        shares: 4,
        linkClicks: 9,
      },
      {
        channel: 'x',
        postId: '1877001234567890002',
        publishedAt: '2027-01-12T06:30:00.000Z',
        contentType: 'other',
        impressions: 800,
        engagements: 20,
        reactions: 10,
        comments: 8,
        shares: 2,
      },
      { channel: 'x', postId: '1877001234567890003', publishedAt: '2027-01-15T12:00:00.000Z', contentType: 'other' },
    ]);
  });

  it('refuses the file when a row is broken, naming its physical line (tweet texts may span lines)', async () => {
    // The second tweet's text spans lines 3–4, so a broken row after the third tweet is on physical line 6.
    const bad = withLineAt(fixtureText('x-tweet-activity.csv'), 6, BAD_ROW);
    await expect(importMetricsFile({ name: 'tweets.csv', bytes: utf8(bad) })).rejects.toThrow(
      /^tweets\.csv: line 6: column "time": expected a date and time \(such as 2027-03-03 07:30, 03\/03\/2027 07:30 or 03.03.2027 07:30\), got "yesterday" — nothing from this file was imported/,
    );
  });
});

describe('X account analytics content export (the newer "Post id" format)', () => {
  it('reads Post id, Date ("Fri, Jan 15, 2027"), Reposts and URL Clicks', async () => {
    const result = await importMetricsFile({ name: 'account_analytics_content.csv', bytes: fixtureBytes('x-account-analytics-content.csv') });
    expect(result.kind).toBe('x-posts');
    expect(result.data.posts).toEqual([
      { channel: 'x', postId: '1879000000000000001', publishedAt: '2027-01-15T00:00:00.000Z', contentType: 'other', impressions: 2316, engagements: 95, reactions: 40, comments: 6, shares: 9, linkClicks: 11 },
      { channel: 'x', postId: '1879000000000000002', publishedAt: '2027-01-16T00:00:00.000Z', contentType: 'other', impressions: 463, engagements: 14, reactions: 8, comments: 1, shares: 2, linkClicks: 0 },
    ]);
  });

  it('names a bad cell\'s column as the file names it, whichever of its known names that is', async () => {
    const text = 'Post id,Date,Impressions\n1879000000000000001,"Fri, Jan 15, 2027",lots\n';
    await expect(importMetricsFile({ name: 'content.csv', bytes: utf8(text) })).rejects.toThrow(/^content\.csv: line 2: column "Impressions": expected a number, got "lots"/);
    const undated = 'Post id,Date\n1879000000000000001,soon\n';
    await expect(importMetricsFile({ name: 'content.csv', bytes: utf8(undated) })).rejects.toThrow(/^content\.csv: line 2: column "Date": expected a date/);
  });

  it('refuses one post ID on two rows with different publish times: a spreadsheet rounded the IDs', async () => {
    const text = 'Tweet id,time,impressions\n1879000000000000000,2027-01-15 10:00 +0000,5\n1879000000000000000,2027-01-15 10:00 +0000,5\n1879000000000000000,2027-01-16 09:00 +0000,7\n';
    await expect(importMetricsFile({ name: 'rounded.csv', bytes: utf8(text) })).rejects.toThrow(
      /^rounded\.csv: line 4: the post ID "1879000000000000000" is also on an earlier line, with another publish time: different posts cannot share an ID, so a spreadsheet has probably rounded the IDs/,
    );
  });
});
