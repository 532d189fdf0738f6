import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixtureText, utf16le, withLineAt } from '../../../tests/fixtures/metrics/load';
import { importMetricsFile } from '../import';
import { facebookContentType } from './meta-facebook';

const expected = [
  { postId: '102345678901234_901234567890001', publishedAt: '2027-01-06T10:00:00.000Z', contentType: 'photo', impressions: 5000, reach: 4000, reactions: 200, comments: 40, shares: 20, linkClicks: 90, negativeFeedback: 4 },
  { postId: '102345678901234_901234567890002', publishedAt: '2027-01-18T14:30:00.000Z', contentType: 'link', impressions: 2000, reach: 1500, reactions: 30, comments: 10, shares: 5, linkClicks: 50, negativeFeedback: 0 },
  { postId: '102345678901234_901234567890003', publishedAt: '2027-02-01T19:00:00.000Z', contentType: 'video', impressions: 8000, reactions: 250, comments: 35, shares: 25, negativeFeedback: 3 },
  { postId: '102345678901234_901234567890004', publishedAt: '2027-02-05T07:00:00.000Z', contentType: 'text', impressions: 1000, reach: 800, reactions: 15, comments: 5, shares: 0, linkClicks: 0, negativeFeedback: 0 },
].map((p) => ({ channel: 'facebook', ...p }));

const BAD_ROW =
  '102345678901234_901234567890005,102345678901234,Nordlys Coffee,,Reel: latte art,20,02/10/2027 16:00,,https://www.facebook.com/102345678901234/reel/901234567890005,No,No,Reels,en,,,,Lifetime,6000,5000,400,300,50,fifty,0,0,0,0,0,0,0,0';

describe('Meta Business Suite Facebook export', () => {
  it('maps Views, Reactions, Link clicks; sums every negative feedback column', async () => {
    const result = await importMetricsFile({ name: 'facebook.csv', bytes: fixtureBytes('meta-facebook-posts.csv') });
    expect(result.kind).toBe('facebook-posts');
    expect(result.data.posts).toEqual(expected);
  });

  it('reads an export trimmed of Reactions by its Page columns: reactions absent (rev31 F5)', async () => {
    const csv = 'Post ID,Page ID,Page name,Publish time,Post type,Views,Reach,Comments\n1_2,1,Nordlys Coffee,01/06/2027 10:00,Photos,500,400,3\n';
    const result = await importMetricsFile({ name: 'trimmed.csv', bytes: new TextEncoder().encode(csv) });
    expect(result.kind).toBe('facebook-posts');
    expect(result.data.posts).toEqual([{ channel: 'facebook', postId: '1_2', publishedAt: '2027-01-06T10:00:00.000Z', contentType: 'photo', impressions: 500, reach: 400, comments: 3 }]);
    // Engagement and negative feedback then count less: the import says which columns it lacked (review 36 M4).
    expect(result.missingMetrics).toEqual(['Reactions', 'Shares', 'Link clicks', 'Negative feedback from users: …']);
  });

  it('lacks no KPI column in a full export; one kind of negative feedback is enough', async () => {
    const full = await importMetricsFile({ name: 'facebook.csv', bytes: fixtureBytes('meta-facebook-posts.csv') });
    expect(full.missingMetrics).toBeUndefined();
    const csv = 'Post ID,Publish time,Post type,Views,Reach,Reactions,Comments,Shares,Link clicks,Negative feedback from users: Hide\n1_2,01/06/2027 10:00,Photos,500,400,9,3,1,4,0\n';
    expect((await importMetricsFile({ name: 'one-kind.csv', bytes: new TextEncoder().encode(csv) })).missingMetrics).toBeUndefined();
  });

  it('reads it as UTF-16LE with a sep=, line', async () => {
    const result = await importMetricsFile({ name: 'facebook-unicode.csv', bytes: utf16le(`sep=,\n${fixtureText('meta-facebook-posts.csv')}`) });
    expect(result.data.posts).toEqual(expected);
  });

  it('refuses a file with a bad row, naming its physical line (the sep=, line counts) and column', async () => {
    const bad = withLineAt(fixtureText('meta-facebook-posts.csv'), 6, BAD_ROW);
    await expect(importMetricsFile({ name: 'facebook.csv', bytes: utf16le(bad) })).rejects.toThrow(/^facebook\.csv: line 6: column "Shares": expected a number, got "fifty" — nothing/);
    await expect(importMetricsFile({ name: 'facebook-unicode.csv', bytes: utf16le(`sep=,\n${bad}`) })).rejects.toThrow(/^facebook-unicode\.csv: line 7: column "Shares"/);
  });

  it('tells Facebook from Instagram when the columns are reordered', async () => {
    const [header, ...rows] = fixtureText('meta-facebook-posts.csv').trim().split('\n');
    const reversed = (line: string) => line.split(',').reverse().join(',');
    // Only rows without quoted commas can be reversed naively.
    const text = [reversed(header!.replace('"Reactions, Comments and Shares",', '')), reversed(rows[3]!.replace(',20,15,', ',15,'))].join('\n');
    const result = await importMetricsFile({ name: 'reordered.csv', bytes: new TextEncoder().encode(text) });
    expect(result.kind).toBe('facebook-posts');
    expect(result.data.posts).toEqual([expected[3]]);
  });

  it.each([
    ['Photos', 'photo'],
    ['Videos', 'video'],
    ['Links', 'link'],
    ['Status', 'text'],
    ['Reels', 'reel'],
    ['Live', 'other'],
    // Names of Object's own properties are no post types (rev23).
    ['constructor', 'other'],
    ['__proto__', 'other'],
    ['toString', 'other'],
  ])('post type %s → %s', (raw, type) => {
    expect(facebookContentType(raw)).toBe(type);
  });
});
