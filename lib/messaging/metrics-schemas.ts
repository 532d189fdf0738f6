/**
 * zod/mini schemas of the SPEC section 5 records, for validating what pages send the
 * background. Objects are strict: a page that sends a misspelt field is a bug to hear about.
 */
import * as z from 'zod/mini';
import { CHANNEL_IDS } from '../engine/types';
import { CONTENT_TYPES } from '../metrics/types';

export const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD' }));
const amount = z.number().check(z.refine(Number.isFinite, { error: 'expected a finite number' }));
const optionalAmount = z.optional(amount);
export const channelId = z.enum(CHANNEL_IDS);

export const accountSnapshotSchema = z.strictObject({ channel: channelId, date: isoDay, followers: amount });

export const postMetricsSchema = z.strictObject({
  channel: channelId,
  postId: z.string().check(z.minLength(1)),
  publishedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T/, { error: 'expected an ISO 8601 instant' })),
  contentType: z.enum(CONTENT_TYPES),
  impressions: optionalAmount,
  reach: optionalAmount,
  reactions: optionalAmount,
  comments: optionalAmount,
  shares: optionalAmount,
  saves: optionalAmount,
  engagements: optionalAmount,
  linkClicks: optionalAmount,
  negativeFeedback: optionalAmount,
  campaignId: z.optional(z.string()),
});

export const webSessionSchema = z.strictObject({
  date: isoDay,
  rangeEnd: z.optional(isoDay),
  source: z.string(),
  landingPage: z.optional(z.string()),
  sessions: amount,
  engagedSessions: optionalAmount,
  bounces: optionalAmount,
  conversions: optionalAmount,
  revenue: optionalAmount,
});

export const campaignResultSchema = z.strictObject({
  campaignId: z.string().check(z.minLength(1)),
  date: isoDay,
  spend: amount,
  clicks: optionalAmount,
  conversions: optionalAmount,
  revenue: optionalAmount,
});

export const metricsDataSchema = z.strictObject({
  snapshots: z.array(accountSnapshotSchema),
  posts: z.array(postMetricsSchema),
  sessions: z.array(webSessionSchema),
  campaignResults: z.array(campaignResultSchema),
});
