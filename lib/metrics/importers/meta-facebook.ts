/**
 * Meta Business Suite Facebook post export: `Post ID`, `Page ID`, `Page name`, `Publish time`,
 * `Post type` (Photos, Videos, Links, Status, Reels), `Views` (Meta's impressions), `Reach`,
 * `Reactions, Comments and Shares`, `Reactions`, `Comments`, `Shares`, `Link clicks`, and one
 * `Negative feedback from users: …` column per kind of negative feedback.
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
  reactions: ['Reactions'],
  comments: ['Comments'],
  shares: ['Shares'],
  linkClicks: ['Link clicks'],
} as const;

export const NEGATIVE_FEEDBACK_PREFIX = 'Negative feedback from users:';

const POST_TYPES: Record<string, ContentType> = {
  photos: 'photo',
  photo: 'photo',
  videos: 'video',
  video: 'video',
  links: 'link',
  link: 'link',
  status: 'text',
  reels: 'reel',
  reel: 'reel',
};

export function facebookContentType(raw: string | undefined): ContentType {
  const key = (raw ?? '').trim().toLowerCase();
  // Own keys only: a cell reading "constructor" is no post type (it found Object's).
  return Object.hasOwn(POST_TYPES, key) ? POST_TYPES[key]! : 'other';
}

export const metaFacebookImporter: Importer = {
  kind: 'facebook-posts',
  // The fourth tells Facebook's export from Instagram's: its Reactions, or the Page columns, so an
  // export trimmed of Reactions is read too (rev31 F5).
  required: [COLUMNS.id, COLUMNS.time, COLUMNS.type, [...COLUMNS.reactions, 'Page ID', 'Page name']],
  optional: [COLUMNS.views, COLUMNS.reach, COLUMNS.comments, COLUMNS.shares, COLUMNS.linkClicks, ['Page ID'], ['Page name'], ['Reactions, Comments and Shares'], ['Total clicks']],
  metrics: [COLUMNS.views, COLUMNS.reach, COLUMNS.reactions, COLUMNS.comments, COLUMNS.shares, COLUMNS.linkClicks, [`${NEGATIVE_FEEDBACK_PREFIX} …`]],
  row(row, sink) {
    sink.post(
      compact({
        channel: 'facebook',
        postId: row.postId(COLUMNS.id),
        publishedAt: row.instant(COLUMNS.time),
        contentType: facebookContentType(row.text(COLUMNS.type)),
        impressions: row.count(COLUMNS.views),
        reach: row.count(COLUMNS.reach),
        reactions: row.count(COLUMNS.reactions),
        comments: row.count(COLUMNS.comments),
        shares: row.count(COLUMNS.shares),
        linkClicks: row.count(COLUMNS.linkClicks),
        negativeFeedback: row.sumStartingWith(NEGATIVE_FEEDBACK_PREFIX),
      }),
    );
  },
};
