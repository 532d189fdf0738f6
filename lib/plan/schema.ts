/**
 * The zod schema of a brand plan file (SPEC section 2 — contract `brandline/plan@1`).
 * Parsing fills every default, so the rest of the product reads a complete `Plan`.
 * Objects are strict: a misspelt key is an error, never silently ignored.
 * Custom problems carry a code from ./issue-codes, never words: lib/plan/messages.ts words them
 * in the UI language.
 */
import * as z from 'zod/mini';
import { CHANNEL_IDS, type ChannelId } from '../engine/types';
import { CHANNEL_LIMITS } from '../channels/limits';
import { CONTENT_TYPES } from '../metrics/types';
import { planIssue, type IdOwner, type PlanIssueCode } from './issue-codes';
import { PLAN_SCHEMA_ID, type Plan } from './types';

const describe = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));

/** The `error` option of a check: its code, which parse.ts turns into a sentence. */
const code = (error: PlanIssueCode) => ({ error });

const text = z.string().check(z.minLength(1, code('text.empty')));

const slug = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, code('slug.format')),
);

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// One mistake, one message: "30.06.2027" is a format problem only, not also "not a calendar date" (QA29).
const isoDate = z.string().check(
  z.regex(ISO_DATE, code('date.format')),
  z.refine((value: string) => !ISO_DATE.test(value) || isRealDate(value), code('date.calendar')),
);

/** A `*` may only end a term (prefix match); spaces around the term are trimmed, so they may follow it. */
const WILDCARD_AT_END = /^[^*]*(?:\*\s*)?$/;

/**
 * Something to match must hold more than spaces and a `*`: "   " or a bare "*" would match
 * nothing (or everything), and a plan that silently never fires is worse than a clear error.
 * The empty string is left to `text.empty` and a misplaced `*` ("**") to `term.wildcard`, so each
 * gets one message, not two. Runs before the trim, which would let "   " through as "".
 */
const notBlank = z.refine<string>((value) => value === '' || /[^\s*]/u.test(value) || !WILDCARD_AT_END.test(value), code('term.blank'));

/** Text a fix inserts (a preferred word, a suggestion): spaces alone would replace a word with nothing. */
const replacement = text.check(z.refine<string>((value) => value === '' || /\S/u.test(value), code('text.blank')));

/** A UTM value: spaces around it are typing slips (" social" became `utm_medium=%20social`; rev33). */
const utmValue = replacement.check(z.trim());

/** A term may end in `*` (prefix match); a `*` anywhere else is almost surely a typo. */
const term = text.check(z.regex(WILDCARD_AT_END, code('term.wildcard')), notBlank, z.trim());

/** An exact spelling (terms.spelling): no wildcard reading, but blank is as useless. */
const spelling = text.check(notBlank, z.trim());

const hashtag = z.string().check(
  z.regex(/^#?[^\s#]+$/u, code('hashtag.format')),
);

const domain = z.string().check(
  z.regex(/^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}$/u, code('domain.format')),
);

const channelId = z.enum(CHANNEL_IDS);
const count = z.int().check(z.gte(0));

const FIXED_KPIS = [
  'followers', 'audienceGrowth', 'posts', 'impressions', 'reach', 'engagements', 'engagementRate', 'ctr',
  'sessions', 'conversionRate', 'bounceRate', 'negativeFeedbackRate', 'webRevenue', 'spend', 'revenue',
  'roi', 'roas', 'cpc', 'cpa', 'budgetPacing',
] as const;

/** SPEC section 5 ids, with the templated `engagementRate.<contentType>` and `budgetPacing.<campaignId>`. */
export function isKpiId(value: string): boolean {
  if ((FIXED_KPIS as readonly string[]).includes(value)) return true;
  // Campaign ids may hold dots ("winter.2027"): only the first dot ends the KPI's name.
  const dot = value.indexOf('.');
  if (dot < 0) return false;
  const base = value.slice(0, dot);
  const detail = value.slice(dot + 1);
  if (base === 'engagementRate') return (CONTENT_TYPES as readonly string[]).includes(detail);
  return base === 'budgetPacing' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(detail);
}

const kpiId = z.string().check(
  z.refine(isKpiId, { ...code('kpi.unknown'), params: { kpis: FIXED_KPIS } }),
);

const CHANNEL_NAMES: Record<ChannelId, string> = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' };
const LENGTH_CAP_CODES = { 'twitter-weighted': 'cap.length.weighted', 'code-points': 'cap.length.codePoints' } as const;

function channelRulesSchema(channel: ChannelId) {
  const limits = CHANNEL_LIMITS[channel];
  const postLimit = limits.maxLength.post;
  const cap = (limit: number | undefined, capCode: 'cap.hashtags' | 'cap.hashtagsMin' | 'cap.mentions') =>
    limit === undefined ? count : count.check(z.lte(limit, code(capCode)));

  const hashtags = z
    .strictObject({
      // A minimum above the platform cap could never be met: the same error as a maximum above it.
      min: z.optional(cap(limits.maxHashtags, 'cap.hashtagsMin')),
      max: z.optional(cap(limits.maxHashtags, 'cap.hashtags')),
      required: z._default(z.array(hashtag), []),
      banned: z._default(z.array(hashtag), []),
    })
    .check(
      z.superRefine((value, ctx) => {
        // A maximum that is itself wrong (negative, a fraction) has its own message; compared with
        // the minimum or the required tags it would only add a second, puzzling one (QA31 L4).
        const max = value.max === undefined || (Number.isInteger(value.max) && value.max >= 0) ? value.max : null;
        if (max === null) return;
        if (value.min !== undefined && max !== undefined && value.min > max) {
          ctx.addIssue(planIssue('hashtags.minAboveMax', ['min'], value.min, { max }));
        }
        const cap = max ?? limits.maxHashtags;
        if (cap !== undefined && value.required.length > cap) {
          ctx.addIssue(planIssue('hashtags.tooManyRequired', ['required'], value.required, { count: value.required.length, cap }));
        }
      }),
    );

  const cta = z
    .strictObject({ required: z._default(z.boolean(), false), phrases: z._default(z.array(term), []) })
    .check(
      z.superRefine((value, ctx) => {
        if (value.required && value.phrases.length === 0) {
          ctx.addIssue(planIssue('cta.noPhrases', ['phrases'], value.phrases, {}));
        }
      }),
    );

  return z.strictObject({
    enabled: describe(z._default(z.boolean(), true), `Check drafts on ${CHANNEL_NAMES[channel]}.`),
    maxLength: describe(
      z._default(
        z.int().check(
          z.gte(1),
          z.lte(postLimit, code(LENGTH_CAP_CODES[limits.unit])),
        ),
        postLimit,
      ),
      `Post length limit in ${limits.unit === 'twitter-weighted' ? 'X weighted characters (twitter-text v3)' : 'Unicode code points'}; at most ${postLimit}.`,
    ),
    hashtags: z.prefault(hashtags, {}),
    mentions: z.prefault(z.strictObject({ max: z.optional(cap(limits.maxMentions, 'cap.mentions')) }), {}),
    emoji: z.prefault(z.strictObject({ max: z.optional(count) }), {}),
    cta: z.prefault(cta, {}),
    links: z.prefault(
      z.strictObject({
        required: z._default(z.boolean(), false),
        brandDomains: z._default(z.array(domain), []),
        utm: z.optional(
          describe(
            z.strictObject({ source: z.optional(utmValue), medium: z.optional(utmValue), campaign: z.optional(utmValue) }),
            'UTM parameters every link to a brand domain must carry.',
          ),
        ),
      }),
      {},
    ),
  });
}

const channelRules = {
  x: channelRulesSchema('x'),
  facebook: channelRulesSchema('facebook'),
  instagram: channelRulesSchema('instagram'),
};

const audience = z.strictObject({
  id: slug,
  name: text,
  description: z.optional(z.string()),
  channels: z.optional(z.array(channelId)),
  readingGrade: z.optional(describe(z.number().check(z.gte(1), z.lte(25)), 'Highest school grade the audience reads comfortably.')),
});

const goal = z.strictObject({
  id: slug,
  kpi: kpiId,
  channel: z.enum([...CHANNEL_IDS, 'all']),
  target: z.number(),
  due: isoDate,
});

const campaign = z
  .strictObject({
    id: slug,
    name: text,
    channel: channelId,
    budget: z.number().check(z.gte(0)),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, code('currency.format'))),
    start: isoDate,
    end: isoDate,
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.end < value.start) ctx.addIssue(planIssue('campaign.endBeforeStart', ['end'], value.end, { start: value.start }));
    }),
  );

function uniqueIds(list: { id: string }[], ctx: { addIssue: (issue: z.core.$ZodRawIssue) => void }, what: IdOwner) {
  const seen = new Set<string>();
  list.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue(planIssue('id.duplicate', [index, 'id'], item.id, { what, id: item.id }));
    seen.add(item.id);
  });
}

const withUniqueIds = <T extends z.ZodMiniType<{ id: string }>>(item: T, what: IdOwner) =>
  z._default(
    z.array(item).check(z.superRefine((list, ctx) => uniqueIds(list, ctx, what))),
    [],
  );

export const PlanSchema = z.strictObject({
  $schema: z.optional(describe(z.string(), 'Editor hint pointing at this JSON Schema; ignored by Brandline.')),
  schema: describe(z.literal(PLAN_SCHEMA_ID), 'Format and version of the file.'),
  id: describe(slug, 'Slug of the plan.'),
  name: describe(text, 'Display name.'),
  locale: describe(z._default(z.enum(['en', 'nb']), 'en'), 'Main language of posts; picks the tone lexicon.'),
  identity: z.prefault(
    z.strictObject({
      mission: z._default(z.string(), ''),
      valueProposition: z._default(z.string(), ''),
      voice: z.prefault(
        z.strictObject({
          traits: z._default(z.array(text), []),
          formality: describe(z._default(z.enum(['casual', 'neutral', 'formal']), 'neutral'), 'Register the tone.formality rule expects.'),
          minSentiment: describe(
            z._default(z.number().check(z.gte(-1), z.lte(1)), -0.05),
            'Drafts whose sentiment (−1..1) is below this get tone.negative.',
          ),
        }),
        {},
      ),
    }),
    {},
  ),
  audiences: withUniqueIds(audience, 'audience'),
  goals: withUniqueIds(goal, 'goal'),
  terms: z.prefault(
    z.strictObject({
      banned: z._default(z.array(z.strictObject({ term, reason: z.optional(z.string()), suggest: z.optional(replacement) })), []),
      preferred: z._default(
        z.array(z.strictObject({ use: replacement, insteadOf: z.array(term).check(z.minLength(1, code('preferred.noInsteadOf'))) })),
        [],
      ),
      spelling: z._default(z.array(z.strictObject({ term: spelling })), []),
    }),
    {},
  ),
  channels: z.prefault(
    z.strictObject({
      x: z.prefault(channelRules.x, {}),
      facebook: z.prefault(channelRules.facebook, {}),
      instagram: z.prefault(channelRules.instagram, {}),
    }),
    {},
  ),
  moderation: z.prefault(
    z.strictObject({
      crisisKeywords: z._default(z.array(term), []),
      replyTemplates: withUniqueIds(z.strictObject({ id: slug, name: text, text }), 'reply template'),
      escalation: z._default(z.string(), ''),
    }),
    {},
  ),
  campaigns: withUniqueIds(campaign, 'campaign'),
});

export type ParsedPlan = z.output<typeof PlanSchema>;

// The schema's output must stay assignable to the hand-written Plan type that the product reads.
export const planFromParsed = ({ $schema: _ignored, ...plan }: ParsedPlan): Plan => plan;

/** JSON Schema (draft 2020-12) of the plan file, for editor completion. Describes the input. */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PlanSchema, {
      io: 'input',
      target: 'draft-2020-12',
      // A refinement has no JSON Schema form: spell out the KPI ids, so an editor completes them
      // and flags a typo ("engagmentRate") as the parser does.
      override: (ctx) => {
        // What the refinements check, where JSON Schema can say it too (QA26: an editor showed
        // "   " and 2027-02-30 as valid, then the CLI refused the plan).
        if (ctx.zodSchema === term || ctx.zodSchema === spelling) ctx.jsonSchema.allOf = [{ pattern: '[^\\s*]', description: 'more than spaces and a *' }];
        if (ctx.zodSchema === replacement) ctx.jsonSchema.allOf = [{ pattern: '\\S', description: 'more than spaces' }];
        if (ctx.zodSchema === isoDate) ctx.jsonSchema.format = 'date';
        if (ctx.zodSchema !== kpiId) return;
        ctx.jsonSchema.anyOf = [
          { enum: [...FIXED_KPIS] },
          { pattern: `^engagementRate\\.(?:${CONTENT_TYPES.join('|')})$` },
          { pattern: '^budgetPacing\\.[A-Za-z0-9][A-Za-z0-9._-]*$' },
        ];
      },
    }),
    title: 'Brandline brand plan (brandline/plan@1)',
  };
}
