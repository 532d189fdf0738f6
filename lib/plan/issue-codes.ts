/**
 * The stable codes the plan schema writes into its zod issues instead of words, and the
 * parameters each one carries. lib/plan/messages.ts words every code in every UI language;
 * the schema never holds a sentence, so English and Bokmål come from one place.
 */
import type { ChannelId } from '../engine/types';

/** Whose ids must be unique in a list (and, for the background, among stored plans). */
export type IdOwner = 'audience' | 'goal' | 'reply template' | 'campaign' | 'plan';

/** What each code's message needs. Codes with `{}` need nothing beyond the value found. */
export interface PlanIssueParams {
  'text.empty': Record<string, never>;
  'slug.format': Record<string, never>;
  'date.format': Record<string, never>;
  'date.calendar': Record<string, never>;
  'term.wildcard': Record<string, never>;
  'term.blank': Record<string, never>;
  'text.blank': Record<string, never>;
  'hashtag.format': Record<string, never>;
  'domain.format': Record<string, never>;
  'currency.format': Record<string, never>;
  'preferred.noInsteadOf': Record<string, never>;
  'kpi.unknown': { kpis: readonly string[] };
  /** Platform caps; the channel comes from the issue's path, the limit from its maximum. */
  'cap.hashtags': { channel: ChannelId; limit: number };
  'cap.hashtagsMin': { channel: ChannelId; limit: number };
  'cap.mentions': { channel: ChannelId; limit: number };
  'cap.length.weighted': { channel: ChannelId; limit: number };
  'cap.length.codePoints': { channel: ChannelId; limit: number };
  'hashtags.minAboveMax': { max: number };
  'hashtags.tooManyRequired': { count: number; cap: number };
  'cta.noPhrases': Record<string, never>;
  'campaign.endBeforeStart': { start: string };
  'id.duplicate': { what: IdOwner; id: string };
}

export type PlanIssueCode = keyof PlanIssueParams;

/** Codes whose facts are read off the zod issue itself (path and maximum), not from `params`. */
export const CAP_CODES = ['cap.hashtags', 'cap.hashtagsMin', 'cap.mentions', 'cap.length.weighted', 'cap.length.codePoints'] as const satisfies readonly PlanIssueCode[];
export type CapCode = (typeof CAP_CODES)[number];

const CODES: Record<PlanIssueCode, true> = {
  'text.empty': true,
  'slug.format': true,
  'date.format': true,
  'date.calendar': true,
  'term.wildcard': true,
  'term.blank': true,
  'text.blank': true,
  'hashtag.format': true,
  'domain.format': true,
  'currency.format': true,
  'preferred.noInsteadOf': true,
  'kpi.unknown': true,
  'cap.hashtags': true,
  'cap.hashtagsMin': true,
  'cap.mentions': true,
  'cap.length.weighted': true,
  'cap.length.codePoints': true,
  'hashtags.minAboveMax': true,
  'hashtags.tooManyRequired': true,
  'cta.noPhrases': true,
  'campaign.endBeforeStart': true,
  'id.duplicate': true,
};

export const PLAN_ISSUE_CODES = Object.keys(CODES) as PlanIssueCode[];

export function isPlanIssueCode(value: unknown): value is PlanIssueCode {
  return typeof value === 'string' && Object.hasOwn(CODES, value);
}

export function isCapCode(code: PlanIssueCode): code is CapCode {
  return (CAP_CODES as readonly string[]).includes(code);
}

/** A custom issue as a superRefine adds it: the code as message, its parameters typed. */
export function planIssue<C extends Exclude<PlanIssueCode, CapCode>>(
  code: C,
  path: PropertyKey[],
  input: unknown,
  params: PlanIssueParams[C],
): { code: 'custom'; path: PropertyKey[]; input: unknown; message: C; params: PlanIssueParams[C] } {
  return { code: 'custom', path, input, message: code, params };
}
