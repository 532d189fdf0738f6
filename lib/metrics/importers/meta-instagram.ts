/**
 * Meta Business Suite Instagram post export: `Post ID`, `Account username`, `Publish time`
 * (`01/15/2027 18:00`), `Post type` (IG image, IG reel, IG carousel, …), `Views` (Meta's
 * impressions), `Reach`, `Likes`, `Shares`, `Follows`, `Comments`, `Saves`.
 */
import type { ContentType } from '../types';
import type { Importer } from './importer';
import { compact } from './sink';

const COLUMNS = {
  id: ['Post ID'],
  time: ['Publish time'],
  type: ['Post type'],
  views: ['Views', 'Impressions'],
  reach: ['Reach'],
  likes: ['Likes'],
  comments: ['Comments'],
  shares: ['Shares'],
  saves: ['Saves'],
} as const;

const POST_TYPES: Record<string, ContentType> = {
  'ig image': 'photo',
  'ig photo': 'photo',
  'ig reel': 'reel',
  'ig carousel': 'carousel',
  'ig video': 'video',
  story: 'story',
  'ig story': 'story',
};

export function instagramContentType(raw: string | undefined): ContentType {
  const key = (raw ?? '').trim().toLowerCase();
  // Own keys only: a cell reading "constructor" is no post type (it found Object's).
  return Object.hasOwn(POST_TYPES, key) ? POST_TYPES[key]! : 'other';
}

export const metaInstagramImporter: Importer = {
  kind: 'instagram-posts',
  // The fourth tells Instagram's export from Facebook's, whose first three columns are the same: its
  // Likes, or the account columns, so a Stories export or a trimmed one without Likes is read too
  // (rev31 F5; a missing metric column leaves that metric absent).
  required: [COLUMNS.id, COLUMNS.time, COLUMNS.type, [...COLUMNS.likes, 'Account username', 'Account ID']],
  optional: [COLUMNS.views, COLUMNS.reach, COLUMNS.comments, COLUMNS.shares, COLUMNS.saves, ['Account username'], ['Account ID'], ['Follows'], ['Permalink']],
  metrics: [COLUMNS.views, COLUMNS.reach, COLUMNS.likes, COLUMNS.comments, COLUMNS.shares, COLUMNS.saves],
  row(row, sink) {
    sink.post(
      compact({
        channel: 'instagram',
        postId: row.postId(COLUMNS.id),
        publishedAt: row.instant(COLUMNS.time),
        contentType: instagramContentType(row.text(COLUMNS.type)),
        impressions: row.count(COLUMNS.views),
        reach: row.count(COLUMNS.reach),
        reactions: row.count(COLUMNS.likes),
        comments: row.count(COLUMNS.comments),
        shares: row.count(COLUMNS.shares),
        saves: row.count(COLUMNS.saves),
      }),
    );
  },
};
