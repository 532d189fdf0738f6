/**
 * Stored metric records (SPEC section 5 — contract). Optional fields are absent when the source
 * has no data for them: absent is not zero.
 */
import type { ChannelId } from '../engine/types';

export const CONTENT_TYPES = ['text', 'photo', 'video', 'reel', 'carousel', 'link', 'story', 'other'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export interface AccountSnapshot {
  channel: ChannelId;
  /** YYYY-MM-DD */
  date: string;
  followers: number;
}

export interface PostMetrics {
  channel: ChannelId;
  postId: string;
  /** ISO 8601 instant, e.g. 2027-01-10T18:00:00.000Z */
  publishedAt: string;
  contentType: ContentType;
  impressions?: number;
  reach?: number;
  reactions?: number;
  comments?: number;
  shares?: number;
  saves?: number;
  engagements?: number;
  linkClicks?: number;
  negativeFeedback?: number;
  campaignId?: string;
}

export interface WebSession {
  /** YYYY-MM-DD; for GA4 exports without a date column, the export's start date (see rangeEnd). */
  date: string;
  /** Set for rows of a GA4 export without a date column: the row covers [date, rangeEnd]. */
  rangeEnd?: string;
  source: string;
  landingPage?: string;
  sessions: number;
  engagedSessions?: number;
  bounces?: number;
  conversions?: number;
  revenue?: number;
  /**
   * Set only for a record added up from rows of one file that did not all give a field: for each
   * such field, the sessions of the rows that gave it (the denominator its rate goes with).
   */
  sessionsWith?: { conversions?: number; bounces?: number };
}

export interface CampaignResult {
  campaignId: string;
  /** YYYY-MM-DD */
  date: string;
  spend: number;
  clicks?: number;
  conversions?: number;
  revenue?: number;
  /** As `WebSession.sessionsWith`: the spend of the rows that gave clicks, conversions or revenue. */
  spendWith?: { clicks?: number; conversions?: number; revenue?: number };
}

export interface MetricsData {
  snapshots: AccountSnapshot[];
  posts: PostMetrics[];
  sessions: WebSession[];
  campaignResults: CampaignResult[];
}

export type ImportKind = 'x-posts' | 'facebook-posts' | 'instagram-posts' | 'ga4' | 'followers' | 'posts' | 'web-sessions' | 'campaign-results';

/** What an importer made of one file (every row parsed: a file with a bad row is refused). */
export interface ImportResult {
  kind: ImportKind;
  data: MetricsData;
  rows: number;
  /** Rows that repeated another row of the file cell for cell and were counted once (absent when none). */
  repeated?: number;
  /**
   * Posts the file gives on several rows with different numbers (a by-day breakdown, revisions
   * appended): the last row of each is kept, and the import says so (absent when none; QA25).
   */
  differing?: number;
  /** Channel days the file gives on several rows with different follower counts: the last row of each is kept (absent when none; rev31 F7). */
  differingDays?: number;
  /**
   * Template rows whose value cell (followers, sessions, spend) was empty and every other number
   * too: "empty cell = no data" (SPEC §5), so the row was skipped (absent when none).
   */
  empty?: number;
  /**
   * The file's last row is short and no line break follows it: a download may have been cut off
   * in the middle of it (absent otherwise; QA26). Its cells, and the row's before it (or the header's).
   */
  cutOff?: { line: number; cells: number; expected: number };
  /**
   * Values that read both ways ("1,500") read as decimals (1.5), because the comma-separated file
   * writes decimals with a comma elsewhere: the first one, and how many (absent when none; QA29).
   */
  commaDecimals?: { line: number; column: string; raw: string; read: number; count: number };
  /** GA4 rows left out: totals, and traffic GA4 could not attribute ("(not set)") (absent when none). */
  leftOut?: number;
  /**
   * Columns a KPI is computed from that the export lacks (a trimmed export: no Reach, no Saves),
   * named as the platform names them: its KPIs are computed without them (absent when none; QA36).
   */
  missingMetrics?: string[];
}
