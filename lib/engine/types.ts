/**
 * The public shapes of the check engine (SPEC section 3 — contract).
 * Offsets are UTF-16 code-unit offsets into the draft, [start, end).
 */

export const CHANNEL_IDS = ['x', 'facebook', 'instagram'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export const SURFACES = ['post', 'comment'] as const;
export type Surface = (typeof SURFACES)[number];

export type Severity = 'error' | 'warning' | 'info';

/**
 * The language of `Finding.message` (the UI's language), independent of the plan's `locale`,
 * which names the language of the posts.
 */
export const MESSAGE_LOCALES = ['en', 'nb'] as const;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

export const RULE_IDS = [
  'length.max',
  'hashtags.max',
  'hashtags.min',
  'hashtags.required',
  'hashtags.banned',
  'mentions.max',
  'emoji.max',
  'terms.banned',
  'terms.preferred',
  'terms.spelling',
  'cta.missing',
  'link.missing',
  'link.unclickable',
  'link.utm',
  'tone.negative',
  'tone.hostile',
  'tone.shouting',
  'tone.formality',
  'crisis.keyword',
  'context.complaint',
  'readability.grade',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Fix {
  start: number;
  end: number;
  /** Replaces text[start, end). */
  text: string;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  start?: number;
  end?: number;
  fix?: Fix;
}
