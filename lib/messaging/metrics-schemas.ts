/**
 * zod/mini schemas of the SPEC section 5 records, for validating what pages send the
 * background. Objects are strict: a page that sends a misspelt field is a bug to hear about.
 */
import * as z from 'zod/mini';
import { CHANNEL_IDS } from '../engine/types';
import { isIsoDate } from '../metrics/dates';
import { CONTENT_TYPES } from '../metrics/types';

// A calendar day ("2027-02-30" is none): the KPI engine places records by it.
export const isoDay = z.string().check(z.refine(isIsoDate, { error: 'expected a real calendar date written YYYY-MM-DD' }));
const amount = z.number().check(z.refine(Number.isFinite, { error: 'expected a finite number' }));
/** Counts, followers and money as logged by hand: never below zero. */
const nonNegative = amount.check(z.refine((n: number) => n >= 0, { error: 'expected a number of 0 or more' }));
const optionalAmount = z.optional(amount);
export const channelId = z.enum(CHANNEL_IDS);

/**
 * The four record schemas and their batch. `input`: what a page may send now (real calendar days,
 * followers of 0 or more, instants with a zone, stored as UTC). `stored`: what the database may
 * hold, for restoring a backup: earlier versions checked less (a negative follower count, an
 * instant without a zone, "2027-02-30"), and a backup of such rows must still go back in as it
 * came out. Both are strict about keys and finite numbers.
 */
function recordSchemas(form: 'input' | 'stored') {
  const day = form === 'input' ? isoDay : z.string().check(z.minLength(1));
  const count = form === 'input' ? nonNegative : amount;
  const instant =
    form === 'input'
      ? // Stored and counted by its UTC day (the first ten characters): an instant with another offset
        // is written as UTC here, and one without a zone, which Date.parse reads in the worker's own
        // time zone, is refused. The importers send toISOString() already.
        z.pipe(
          z.string().check(z.refine((v: string) => /^\d{4}-\d{2}-\d{2}T[^Z+-]*(?:Z|[+-]\d{2}:?\d{2})$/i.test(v) && isIsoDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v)), { error: 'expected an ISO 8601 instant with a time zone (Z or ±hh:mm)' })),
          z.transform((v: string) => new Date(v).toISOString()),
        )
      : z.string().check(z.minLength(10));
  const accountSnapshot = z.strictObject({ channel: channelId, date: day, followers: count });
  const postMetrics = z.strictObject({
    channel: channelId,
    postId: z.string().check(z.minLength(1)),
    publishedAt: instant,
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
  const webSession = z.strictObject({
    date: day,
    rangeEnd: z.optional(day),
    source: z.string(),
    landingPage: z.optional(z.string()),
    sessions: amount,
    engagedSessions: optionalAmount,
    bounces: optionalAmount,
    conversions: optionalAmount,
    revenue: optionalAmount,
    sessionsWith: z.optional(z.strictObject({ conversions: optionalAmount, bounces: optionalAmount })),
  });
  const campaignResult = z.strictObject({
    campaignId: z.string().check(z.minLength(1)),
    date: day,
    spend: amount,
    clicks: optionalAmount,
    conversions: optionalAmount,
    revenue: optionalAmount,
    spendWith: z.optional(z.strictObject({ clicks: optionalAmount, conversions: optionalAmount, revenue: optionalAmount })),
  });
  const data = z.strictObject({
    snapshots: z.array(accountSnapshot),
    posts: z.array(postMetrics),
    sessions: z.array(webSession),
    campaignResults: z.array(campaignResult),
  });
  return { accountSnapshot, postMetrics, webSession, campaignResult, data };
}

const INPUT = recordSchemas('input');
export const accountSnapshotSchema = INPUT.accountSnapshot;
export const postMetricsSchema = INPUT.postMetrics;
export const webSessionSchema = INPUT.webSession;
export const campaignResultSchema = INPUT.campaignResult;
/** Records as a page sends them (imports). */
export const metricsDataSchema = INPUT.data;
/** Records as the database may hold them (a backup being restored). */
export const storedMetricsDataSchema = recordSchemas('stored').data;

/** Whole counts typed in by hand (followers, clicks, conversions). */
const wholeCount = nonNegative.check(z.refine(Number.isInteger, { error: 'expected a whole number' }));

/** A follower count logged in the popup: the popup refuses the same (defence against a page bug). */
export const loggedSnapshotSchema = z.strictObject({ channel: channelId, date: isoDay, followers: wholeCount });

/** A campaign day logged in the popup: spend and revenue 0 or more, clicks and conversions whole. */
export const loggedCampaignSchema = z.strictObject({
  campaignId: z.string().check(z.minLength(1)),
  date: isoDay,
  spend: nonNegative,
  clicks: z.optional(wholeCount),
  conversions: z.optional(wholeCount),
  revenue: z.optional(nonNegative),
});

