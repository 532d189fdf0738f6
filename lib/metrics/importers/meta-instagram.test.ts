import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixtureText, utf16le } from '../../../tests/fixtures/metrics/load';
import { importMetricsFile } from '../import';
import { instagramContentType } from './meta-instagram';

const expected = [
  { postId: '18045566778899001', publishedAt: '2027-01-15T18:00:00.000Z', contentType: 'photo', impressions: 2400, reach: 1800, reactions: 120, shares: 6, comments: 14, saves: 22 },
  { postId: '18045566778899002', publishedAt: '2027-01-20T09:05:00.000Z', contentType: 'reel', impressions: 12000, reach: 9000, reactions: 640, shares: 85, comments: 52, saves: 130 },
  { postId: '18045566778899003', publishedAt: '2027-02-02T12:30:00.000Z', contentType: 'carousel', impressions: 3000, reactions: 200, shares: 10, comments: 30, saves: 40 },
  { postId: '18045566778899004', publishedAt: '2027-02-03T08:00:00.000Z', contentType: 'story', impressions: 900, reach: 700 },
].map((p) => ({ channel: 'instagram', ...p }));

describe('Meta Business Suite Instagram export', () => {
  it('maps Views to impressions, Likes to reactions, post types; Follows is no engagement', async () => {
    const result = await importMetricsFile({ name: 'instagram.csv', bytes: fixtureBytes('meta-instagram-posts.csv') });
    expect(result.kind).toBe('instagram-posts');
    expect(result.data.posts).toEqual(expected);
  });

  it('reads a Stories export, which has no Likes column: its reactions are absent (rev31 F5)', async () => {
    const csv = 'Post ID,Account username,Publish time,Post type,Views,Reach,Shares,Replies,Follows\n1804,nordlys,01/15/2027 08:30,IG story,500,400,1,2,0\n';
    const result = await importMetricsFile({ name: 'stories.csv', bytes: new TextEncoder().encode(csv) });
    expect(result.kind).toBe('instagram-posts');
    expect(result.data.posts).toEqual([{ channel: 'instagram', postId: '1804', publishedAt: '2027-01-15T08:30:00.000Z', contentType: 'story', impressions: 500, reach: 400, shares: 1 }]);
    // Its KPIs are computed without them, and the import says so (QA36).
    expect(result.missingMetrics).toEqual(['Likes', 'Comments', 'Saves']);
  });

  it('names the KPI columns a trimmed export lacks, and none for a full one (QA36)', async () => {
    const full = await importMetricsFile({ name: 'instagram.csv', bytes: fixtureBytes('meta-instagram-posts.csv') });
    expect(full.missingMetrics).toBeUndefined();
    const csv = 'Post ID,Publish time,Post type,Views,Likes,Comments,Shares\n1804,01/15/2027 08:30,IG image,500,40,2,1\n';
    const trimmed = await importMetricsFile({ name: 'trimmed.csv', bytes: new TextEncoder().encode(csv) });
    expect(trimmed.missingMetrics).toEqual(['Reach', 'Saves']);
  });

  it('still asks for a column that tells Instagram from Facebook when none is there', async () => {
    const csv = 'Post ID,Publish time,Post type,Views,Reach\n1804,01/15/2027 08:30,IG story,500,400\n';
    const error = await importMetricsFile({ name: 'trimmed.csv', bytes: new TextEncoder().encode(csv) }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/lacks the column "(Likes|Reactions)"/);
  });

  it('reads the same file saved as UTF-16LE with a sep=, line', async () => {
    const bytes = utf16le(`sep=,\r\n${fixtureText('meta-instagram-posts.csv').replace(/\n/g, '\r\n')}`);
    const result = await importMetricsFile({ name: 'instagram-unicode.csv', bytes });
    expect(result.data.posts).toEqual(expected);
  });

  it.each([
    ['IG image', 'photo'],
    ['IG reel', 'reel'],
    ['IG carousel', 'carousel'],
    ['IG video', 'video'],
    ['Story', 'story'],
    ['something new', 'other'],
    // Names of Object's own properties are no post types (rev23).
    ['constructor', 'other'],
    ['__proto__', 'other'],
    ['toString', 'other'],
  ])('post type %s → %s', (raw, type) => {
    expect(instagramContentType(raw)).toBe(type);
  });

  it('refuses post IDs a spreadsheet turned into rounded numbers: three posts would count as one', async () => {
    const text = [
      'sep=;',
      'Post ID;Publish time;Post type;Views;Likes',
      '1,80456E+16;01/05/2027 10:00;IG image;1000;10',
      '1,80456E+16;01/06/2027 10:00;IG reel;2000;20',
      '1,80456E+16;01/07/2027 10:00;IG carousel;3000;30',
    ].join('\r\n');
    await expect(importMetricsFile({ name: 'insights.csv', bytes: utf16le(text) })).rejects.toThrow(
      /^insights\.csv: line 3: column "Post ID": expected a post ID, got "1,80456E\+16": a spreadsheet turned the IDs into rounded numbers.* \(also bad: lines 4, 5\)/,
    );
  });
});
