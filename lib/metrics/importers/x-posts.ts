/**
 * X (Twitter) post analytics export — the "tweet activity" CSV: `Tweet id`, `Tweet permalink`,
 * `Tweet text`, `time` (`2027-01-10 18:00 +0000`), `impressions`, `engagements`, … — and its
 * successor, the account analytics content CSV: `Post id`, `Date` (`Fri, Jan 15, 2027`),
 * `Impressions`, `Likes`, `Engagements`, `Replies`, `Reposts`, `URL Clicks`, … (its `Shares` are
 * shares by message, not reposts, so they are not read).
 * X gives no content type (its posts are `other`) and an engagements total of its own.
 */
import type { Importer } from './importer';
import { compact } from './sink';

const COLUMNS = {
  id: ['Tweet id', 'Post id'],
  time: ['time', 'Date'],
  impressions: ['impressions'],
  engagements: ['engagements'],
  likes: ['likes'],
  replies: ['replies'],
  retweets: ['retweets', 'reposts'],
  urlClicks: ['url clicks'],
} as const;

export const xPostsImporter: Importer = {
  kind: 'x-posts',
  required: [COLUMNS.id, COLUMNS.time],
  optional: [COLUMNS.impressions, COLUMNS.engagements, COLUMNS.likes, COLUMNS.replies, COLUMNS.retweets, COLUMNS.urlClicks, ['Tweet permalink'], ['Tweet text']],
  metrics: [COLUMNS.impressions, COLUMNS.engagements, COLUMNS.urlClicks],
  row(row, sink) {
    sink.post(
      compact({
        channel: 'x',
        postId: row.postId(COLUMNS.id),
        publishedAt: row.instant(COLUMNS.time),
        contentType: 'other',
        impressions: row.count(COLUMNS.impressions),
        engagements: row.count(COLUMNS.engagements),
        reactions: row.count(COLUMNS.likes),
        comments: row.count(COLUMNS.replies),
        shares: row.count(COLUMNS.retweets),
        linkClicks: row.count(COLUMNS.urlClicks),
      }),
    );
  },
};
