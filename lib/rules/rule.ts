/**
 * What a rule is (after ESLint/textlint): `meta` that the engine enforces, and a pure `check`
 * over a shared context. A rule never sees another rule's findings.
 */
import type { ChannelRules, Plan } from '../plan/types';
import type { ToneAnalysis } from '../tone/types';
import type { Segments } from '../engine/segments';
import type { ChannelId, Fix, MessageLocale, RuleId, Severity, Surface } from '../engine/types';

export interface RuleMeta {
  id: RuleId;
  description: string;
  surfaces: readonly Surface[];
  /** Whether findings may carry a `fix`. The engine drops (and reports) fixes of other rules. */
  fixable: boolean;
  /** Severity of a finding that does not set its own. */
  severity: Severity;
}

/** A finding as a rule reports it; the engine adds ruleId and default severity. */
export interface RuleFinding {
  message: string;
  severity?: Severity;
  start?: number;
  end?: number;
  fix?: Fix;
}

export interface RuleContext {
  readonly text: string;
  readonly plan: Plan;
  readonly channel: ChannelId;
  readonly surface: Surface;
  /** The plan's rules for this channel. */
  readonly rules: ChannelRules;
  readonly segments: Segments;
  /** The language to write `RuleFinding.message` in (each rule keeps a table per language). */
  readonly messageLocale: MessageLocale;
  /** The comment being answered, when checking a reply. */
  readonly replyingTo?: string;
  readonly replySegments?: Segments;
  /** Tone of the draft; undefined when the analyser is unavailable (the tone rules then stay silent). */
  tone(): ToneAnalysis | undefined;
  /** Tone of `replyingTo`. */
  replyTone(): ToneAnalysis | undefined;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): RuleFinding[];
}

export const defineRule = (rule: Rule): Rule => rule;
