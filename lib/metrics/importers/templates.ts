/**
 * Brandline's own CSV templates (SPEC section 5), one per kind of record, for numbers no platform
 * exports: follower counts, hand-kept post numbers, web sessions from other tools, and campaign
 * results from the ad manager. Header names are exact; columns may come in any order.
 */
import { campaignId } from '../campaign-ids';
import { CHANNEL_IDS, type ChannelId } from '../../engine/types';
import { CONTENT_TYPES, type ContentType } from '../types';
import { CellError } from '../import-error';
import type { Column, Importer } from './importer';
import type { RowReader } from './row-reader';
import { compact } from './sink';

const COLUMNS = new Map<string, Column>();
/** One Column object per name: readers cache column positions by identity. */
function col(name: string): Column {
  let column = COLUMNS.get(name);
  if (!column) COLUMNS.set(name, (column = [name]));
  return column;
}

const CHANNEL_ALIASES: Record<string, ChannelId> = { twitter: 'x', fb: 'facebook', ig: 'instagram' };

function channel(row: RowReader): ChannelId {
  const written = row.requiredText(col('channel'));
  const raw = written.toLowerCase();
  // Own keys only: "constructor" found Object's and passed as a channel (rev23).
  const found = (CHANNEL_IDS as readonly string[]).includes(raw) ? (raw as ChannelId) : Object.hasOwn(CHANNEL_ALIASES, raw) ? CHANNEL_ALIASES[raw] : undefined;
  // The message quotes the cell as the file has it, so a search of the file finds it.
  if (!found) throw new CellError({ code: 'oneOf', values: CHANNEL_IDS, got: written }, 'channel');
  return found;
}

function contentType(row: RowReader): ContentType {
  const written = row.text(col('content_type'));
  if (written === undefined) return 'other';
  const raw = written.toLowerCase();
  if (!(CONTENT_TYPES as readonly string[]).includes(raw)) throw new CellError({ code: 'oneOf', values: CONTENT_TYPES, got: written }, 'content_type');
  return raw as ContentType;
}


/**
 * A template row by its main value (followers, sessions, spend): "empty cell = no data", so a row
 * with no number at all is a day without data (undefined: skipped and counted); a row with other
 * numbers needs the value they go with (`refuse` throws the cell's error).
 */
function withValue<T extends object, K extends keyof T>(record: T, key: K, others: (keyof T)[], refuse: () => unknown): (T & { [P in K]-?: number }) | undefined {
  if (record[key] === undefined) {
    if (others.every((f) => record[f] === undefined)) return undefined;
    refuse();
  }
  return record as T & { [P in K]-?: number };
}

export const FOLLOWERS_COLUMNS = ['channel', 'date', 'followers'] as const;
export const POSTS_COLUMNS = ['channel', 'post_id', 'published_at', 'content_type', 'impressions', 'reach', 'reactions', 'comments', 'shares', 'saves', 'link_clicks', 'negative_feedback', 'campaign'] as const;
export const WEB_SESSIONS_COLUMNS = ['date', 'source', 'landing_page', 'sessions', 'engaged_sessions', 'bounces', 'conversions', 'revenue'] as const;
export const CAMPAIGN_RESULTS_COLUMNS = ['campaign', 'date', 'spend', 'clicks', 'conversions', 'revenue'] as const;

export const followersTemplate: Importer = {
  kind: 'followers',
  required: FOLLOWERS_COLUMNS.map(col),
  optional: [],
  row(row, sink) {
    // "Empty cell = no data" (SPEC §5): a day without a count is no snapshot, not a broken file.
    const snapshot = withValue({ channel: channel(row), date: row.day(col('date'), 'iso'), followers: row.count(col('followers')) }, 'followers', [], () => undefined);
    if (snapshot) sink.snapshot(snapshot);
    else sink.noData();
  },
};

export const postsTemplate: Importer = {
  kind: 'posts',
  required: POSTS_COLUMNS.map(col),
  optional: [],
  row(row, sink, _prepared, { plan }) {
    const campaign = row.text(col('campaign'));
    sink.post(
      compact({
        channel: channel(row),
        postId: row.postId(col('post_id')),
        publishedAt: row.instant(col('published_at'), 'iso'),
        contentType: contentType(row),
        impressions: row.count(col('impressions')),
        reach: row.count(col('reach')),
        reactions: row.count(col('reactions')),
        comments: row.count(col('comments')),
        shares: row.count(col('shares')),
        saves: row.count(col('saves')),
        linkClicks: row.count(col('link_clicks')),
        negativeFeedback: row.count(col('negative_feedback')),
        campaignId: campaign === undefined ? undefined : campaignId(campaign, plan),
      }),
    );
  },
};

export const webSessionsTemplate: Importer = {
  kind: 'web-sessions',
  required: WEB_SESSIONS_COLUMNS.map(col),
  optional: [],
  row(row, sink) {
    const record = compact({
      date: row.day(col('date'), 'iso'),
      source: row.requiredText(col('source')).split(' / ')[0]!.trim(),
      landingPage: row.text(col('landing_page')),
      sessions: row.count(col('sessions')),
      engagedSessions: row.count(col('engaged_sessions')),
      bounces: row.count(col('bounces')),
      conversions: row.attributedCount(col('conversions')),
      revenue: row.number(col('revenue')),
    });
    // Other numbers without sessions cannot be rated.
    const session = withValue(record, 'sessions', ['engagedSessions', 'bounces', 'conversions', 'revenue'], () => row.requiredCount(col('sessions')));
    if (session) sink.session(session);
    else sink.noData();
  },
};

export const campaignResultsTemplate: Importer = {
  kind: 'campaign-results',
  required: CAMPAIGN_RESULTS_COLUMNS.map(col),
  optional: [],
  row(row, sink, _prepared, { plan }) {
    const record = compact({
      campaignId: campaignId(row.requiredText(col('campaign')), plan),
      date: row.day(col('date'), 'iso'),
      spend: row.number(col('spend')),
      clicks: row.count(col('clicks')),
      conversions: row.attributedCount(col('conversions')),
      revenue: row.number(col('revenue')),
    });
    const result = withValue(record, 'spend', ['clicks', 'conversions', 'revenue'], () => row.requiredNumber(col('spend')));
    if (result) sink.campaignResult(result);
    else sink.noData();
  },
};
