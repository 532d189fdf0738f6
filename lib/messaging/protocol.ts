import type { UndoableImport } from '../db/import-log';
/**
 * The one protocol every Brandline part speaks to the background worker.
 * Each message has a zod/mini request schema (the background parses every payload with it)
 * and a response type. Add a message here, then its handler in lib/background/handlers.ts.
 */
import * as z from 'zod/mini';
import { MESSAGE_LOCALES, RULE_IDS, SURFACES, type ChannelId } from '../engine/types';
import type { KpiSnapshot } from '../metrics/snapshot';
import type { ImportKind } from '../metrics/types';
import type { LoggedCount } from '../metrics/plausibility';
import type { DaySpan } from '../metrics/range-overlaps';
import type { Plan } from '../plan/types';
import { channelId, isoDay, loggedCampaignSchema, loggedSnapshotSchema, metricsDataSchema } from './metrics-schemas';

const planId = z.string().check(z.minLength(1));

/** The language the sender shows validation problems in (its UI language); English when absent. */
const messageLocale = z.optional(z.enum(MESSAGE_LOCALES));

const IMPORT_KINDS = ['x-posts', 'facebook-posts', 'instagram-posts', 'ga4', 'followers', 'posts', 'web-sessions', 'campaign-results'] as const satisfies readonly ImportKind[];

export const requestSchemas = {
  ping: z.object({}),
  /** Opens the options page: the composer panel's "Import your plan" while the example plan is in use. */
  'options.open': z.strictObject({}),
  /** The plan the checks use on a channel. */
  'plans.active': z.strictObject({ channel: channelId }),
  'plans.list': z.strictObject({}),
  'plans.get': z.strictObject({ id: planId }),
  /** Plan JSON text from a file: validated, stored, and made active for its channels. */
  'plans.import': z.strictObject({ text: z.string(), locale: messageLocale }),
  /**
   * An edited plan (raw JSON object). `replaces` is the id it had before, when the id was edited.
   * `baseUpdatedAt`: the `updatedAt` of the stored plan the editor opened. The save is refused as
   * a `conflict` when the plan was saved, renamed or deleted since; without it the save overwrites.
   */
  'plans.save': z.strictObject({ raw: z.unknown(), replaces: z.optional(planId), locale: messageLocale, baseUpdatedAt: z.optional(z.number()) }),
  /** `locale`: the page's language, which the new plan's tone reads drafts in (QA34 M1). */
  'plans.create': z.strictObject({ name: z.string().check(z.minLength(1)), locale: messageLocale }),
  /** `name`: the copy's display name (the page words it in the UI language). */
  'plans.duplicate': z.strictObject({ id: planId, name: z.optional(z.string().check(z.minLength(1))) }),
  'plans.delete': z.strictObject({ id: planId }),
  /** Undoes a delete with what plans.delete answered. */
  /**
   * `plan`: the plan as it was stored, taken when `raw` no longer passes this version's checks but
   * the stored form has what every rule reads (storedPlanProblems), as a backup's plans are.
   */
  'plans.restore': z.strictObject({ raw: z.unknown(), plan: z.optional(z.unknown()), channels: z.array(channelId), createdAt: z.optional(z.number()), imported: z.optional(z.boolean()) }),
  'plans.setActive': z.strictObject({ channel: channelId, id: planId }),
  'plans.export': z.strictObject({ id: planId }),
  /** Records parsed in a page by importMetricsFile; stored in one transaction. */
  'metrics.store': z.strictObject({ fileName: z.string(), kind: z.enum(IMPORT_KINDS), data: metricsDataSchema }),
  /** One record typed in by hand in the popup. */
  'metrics.log': z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('followers'), record: loggedSnapshotSchema }),
    z.strictObject({ kind: z.literal('campaign'), record: loggedCampaignSchema }),
  ]),
  'metrics.summary': z.strictObject({}),
  /** Takes back import `id` if it is still the last one (lib/db/import-log.ts). */
  'metrics.undoImport': z.strictObject({ id: z.number().check(z.int()) }),
  /** The stored follower counts nearest to a day, for the popup's check of a typed count (lib/metrics/plausibility.ts). */
  'metrics.nearCounts': z.strictObject({ channel: channelId, date: isoDay }),
  /** What a campaign spent on the other days, for the popup's check of a typed day's spend (plausibility.ts). */
  'metrics.campaignSpent': z.strictObject({ campaignId: z.string().check(z.minLength(1)), date: isoDay }),
  /**
   * KPIs for the side panel; without from/to, buildSnapshot's default range. `planId` defaults
   * to the plan active on the channel (see docs/decisions.md).
   */
  'kpi.snapshot': z.strictObject({ from: z.optional(isoDay), to: z.optional(isoDay), channel: z.enum(['all', 'x', 'facebook', 'instagram']), planId: z.optional(planId) }),
  /** Deletes every plan and metric Brandline stored. */
  'data.erase': z.strictObject({}),
  /** Every plan and metric record in one backup file (lib/backup/backup-file.ts); `day` names the file. */
  'data.export': z.strictObject({ day: isoDay }),
  /**
   * Puts a backup file back: all of it in one transaction, or nothing (problems named by JSON path).
   * `dryRun`: the same answer, and nothing written (the page asks about what would be replaced).
   */
  'data.restore': z.strictObject({ text: z.string(), locale: messageLocale, dryRun: z.optional(z.boolean()) }),
} as const;

export interface PlanSummary {
  id: string;
  name: string;
  updatedAt: number;
}

export type ActiveMap = Record<ChannelId, string | null>;

export interface StoreCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface Responses {
  ping: { version: string; name: 'brandline' };
  'options.open': { opened: true };
  /** `planId` null: nothing stored, `plan` is the example plan. */
  'plans.active': { plan: Plan; planId: string | null };
  'plans.list': { plans: PlanSummary[]; active: ActiveMap };
  'plans.get': { plan: Plan; raw: unknown; updatedAt: number; imported: boolean };
  'plans.import': { id: string; name: string; activatedOn: ChannelId[]; replaced: boolean };
  /** `unmatchedCampaigns`: campaigns (ids as they were) whose stored results no campaign of the saved plan claims now. */
  'plans.save': { id: string; unmatchedCampaigns?: string[] };
  'plans.create': { id: string };
  'plans.duplicate': { id: string };
  'plans.delete': { raw: unknown; plan: unknown; channels: ChannelId[]; createdAt: number; imported?: boolean };
  /** `activatedOn`: the plan's channels that had no plan since its delete (the others keep theirs). */
  'plans.restore': { id: string; activatedOn: ChannelId[] };
  'plans.setActive': { active: ActiveMap };
  'plans.export': { fileName: string; text: string };
  /** `overlap`: stored web sessions' days this import counts a second time (lib/metrics/range-overlaps.ts). */
  'metrics.store': StoreCounts & { overlap?: DaySpan };
  'metrics.log': StoreCounts;
  /** `undoable`: the import that can be taken back now, if any. */
  'metrics.summary': { snapshots: number; posts: number; webSessions: number; campaignResults: number; undoable?: UndoableImport };
  'metrics.undoImport': UndoableImport;
  'metrics.nearCounts': { before?: LoggedCount; after?: LoggedCount };
  'metrics.campaignSpent': { spent: number };
  'kpi.snapshot': KpiSnapshot;
  'data.erase': { erased: true };
  'data.export': { fileName: string; text: string; plans: number; records: number };
  /**
   * `replaced`: ids of stored plans the backup's replaced. `kept`: plans restored as an earlier
   * version stored them although this version finds problems in their files (named).
   */
  'data.restore': { plans: number; replaced: string[]; metrics: StoreCounts; kept?: { id: string; name: string; problems: string[] }[] };
}

export type MessageType = keyof typeof requestSchemas & keyof Responses;
export type RequestOf<K extends MessageType> = z.infer<(typeof requestSchemas)[K]>;
export type ResponseOf<K extends MessageType> = Responses[K];

export interface Envelope<K extends MessageType = MessageType> {
  brandline: 1;
  type: K;
  payload: RequestOf<K>;
}

/** `conflict`: the stored data changed since the page read it (another tab); the page decides what to do. */
export type ErrorCode = 'bad-request' | 'unknown-type' | 'forbidden-sender' | 'not-found' | 'conflict' | 'storage' | 'internal';

/** One problem with a request, by JSON path (plan validation gives one per bad key). */
export interface Issue {
  path: string;
  message: string;
}

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** Validation problems, when the request was refused for its content. */
  issues?: Issue[];
  /** For `storage` errors: what went wrong, so the UI can explain it. */
  reason?: 'quota' | 'blocked' | 'version' | 'failed';
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && (value as { brandline?: unknown }).brandline === 1 &&
    typeof (value as { type?: unknown }).type === 'string';
}

/**
 * The second protocol: the popup asks the content script of a tab (browser.tabs.sendMessage, not
 * the background) what it sees. `{ brandline: 1, type: 'tab.state' }` → TabState, the composer
 * in use (focused or most recently typed in) first. The answer comes from a page's content
 * script, so the popup parses it with `tabStateSchema` rather than trusting its shape.
 */
export const TAB_STATE_REQUEST = { brandline: 1, type: 'tab.state' } as const;
export type TabStateRequest = typeof TAB_STATE_REQUEST;

const offset = z.number().check(z.int(), z.nonnegative());
const findingSchema = z.object({
  ruleId: z.enum(RULE_IDS),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  start: z.optional(offset),
  end: z.optional(offset),
  fix: z.optional(z.object({ start: offset, end: offset, text: z.string() })),
});

export const tabStateSchema = z.object({
  channel: channelId,
  /** Absent when the plan is not loaded yet. */
  planName: z.optional(z.string()),
  /** The plan turns this channel's checks off (`channels.<id>.enabled: false`): drafts get no findings. */
  checksOff: z.optional(z.literal(true)),
  composers: z.array(
    z.object({
      surface: z.enum(SURFACES),
      text: z.string(),
      findings: z.array(findingSchema),
      /**
       * An X thread's post box: its place, the number of posts, and what the whole thread lacks
       * (said on the opening post, so a later post's own findings leave it out).
       */
      thread: z.optional(z.object({ position: z.number(), posts: z.number(), lacks: z.array(findingSchema) })),
    }),
  ),
});

export type TabState = z.infer<typeof tabStateSchema>;
