/**
 * `checkDraft` (SPEC section 3 — contract): runs every registered rule that applies to the surface
 * over one shared segmentation, and enforces the rules' meta so that a faulty rule can degrade its
 * own findings but never the whole check.
 */
import { analyzeTone } from '../tone/index';
import { answeredReadings } from '../tone/language-guess';
import type { ToneAnalysis } from '../tone/types';
import type { Plan } from '../plan/types';
import { RULES } from '../rules/index';
import type { Rule, RuleContext, RuleFinding } from '../rules/rule';
import { Segments } from './segments';
import type { ChannelId, Finding, MessageLocale, Surface } from './types';

export interface CheckOptions {
  plan: Plan;
  channel: ChannelId;
  surface: Surface;
  /** The comment being answered (comment surface), for `context.complaint` and `crisis.keyword`. */
  replyingTo?: string;
  /**
   * The language of the findings' messages: the UI's ('en' by default). Independent of the plan's
   * `locale`, which picks the tone lexicon for the posts' language. Text from the plan (reasons,
   * escalation) is quoted as written.
   */
  messageLocale?: MessageLocale;
  /**
   * Told about contract breaches the engine repaired: a rule that threw, a fix from a rule not
   * declared fixable, a range outside the text. Tests make it throw; the product logs.
   */
  onRuleError?: (ruleId: string, problem: string) => void;
  /** The rules to run; the registry by default (tests pass one rule). */
  rules?: readonly Rule[];
  /**
   * How tone is analysed (`analyzeTone` by default). The content script passes a memo, so the
   * comment being answered is not analysed again on every keystroke and its tone summary reuses
   * the draft's analysis.
   */
  analyzeTone?: (text: string, locale: Plan['locale']) => ToneAnalysis;
}

function lazyTone(text: string | undefined, readings: (text: string) => { locale: Plan['locale']; text: string }[], report: (problem: string) => void, analyze: NonNullable<CheckOptions['analyzeTone']>): () => ToneAnalysis | undefined {
  let done = false;
  let value: ToneAnalysis | undefined;
  return () => {
    if (!done) {
      done = true;
      if (text !== undefined) {
        try {
          // The first reading, unless a later one finds the complaint the first missed.
          const analyses = readings(text).map((reading) => analyze(reading.text, reading.locale));
          value = analyses.find((analysis) => analysis.complaint) ?? analyses[0];
        } catch (error) {
          report(`analyzeTone failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    return value;
  };
}

const validOffset = (value: number | undefined, length: number) =>
  value === undefined || (Number.isInteger(value) && value >= 0 && value <= length);

function sanitize(rule: Rule, raw: RuleFinding, length: number, report: (problem: string) => void): Finding {
  const finding: Finding = { ruleId: rule.meta.id, severity: raw.severity ?? rule.meta.severity, message: raw.message };
  const rangeOk = validOffset(raw.start, length) && validOffset(raw.end, length) && (raw.start === undefined) === (raw.end === undefined) && (raw.start ?? 0) <= (raw.end ?? 0);
  if (rangeOk && raw.start !== undefined && raw.end !== undefined) {
    finding.start = raw.start;
    finding.end = raw.end;
  } else if (!rangeOk) report(`range [${raw.start}, ${raw.end}) is outside the text`);
  if (raw.fix) {
    const fixOk = validOffset(raw.fix.start, length) && validOffset(raw.fix.end, length) && raw.fix.start <= raw.fix.end;
    if (!rule.meta.fixable) report('returned a fix but is not declared fixable');
    else if (!fixOk) report(`fix range [${raw.fix.start}, ${raw.fix.end}) is outside the text`);
    else finding.fix = { start: raw.fix.start, end: raw.fix.end, text: raw.fix.text };
  }
  return finding;
}

export function checkDraft(text: string, options: CheckOptions): Finding[] {
  const { plan, channel, surface, replyingTo } = options;
  const rules = plan.channels[channel];
  if (!rules.enabled) return [];
  let current = '';
  const report = (problem: string) => options.onRuleError?.(current, problem);
  const segments = new Segments(text, channel);
  const replySegments = replyingTo === undefined ? undefined : new Segments(replyingTo, channel);
  const context: RuleContext = {
    text,
    plan,
    channel,
    surface,
    rules,
    segments,
    // Anything but 'nb' (e.g. a plain JS caller passing 'de') gets English rather than a rule error.
    messageLocale: options.messageLocale === 'nb' ? 'nb' : 'en',
    ...(replyingTo === undefined ? {} : { replyingTo, replySegments }),
    tone: lazyTone(text, (draft) => [{ locale: plan.locale, text: draft }], report, options.analyzeTone ?? analyzeTone),
    // The draft is judged in the plan's language; the comment answered is read in its own, or
    // both ways when nothing tells (a complaint either reading finds counts).
    replyTone: lazyTone(replyingTo, (comment) => answeredReadings(comment, plan.locale), report, options.analyzeTone ?? analyzeTone),
  };

  const findings: { finding: Finding; order: number }[] = [];
  (options.rules ?? RULES).forEach((rule, order) => {
    if (!rule.meta.surfaces.includes(surface)) return;
    current = rule.meta.id;
    let raw: RuleFinding[];
    try {
      raw = rule.check(context);
    } catch (error) {
      report(`threw: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    for (const r of raw) findings.push({ finding: sanitize(rule, r, text.length, report), order });
  });

  // Position order (whole-text findings first), registry order among equals: stable for the UI.
  findings.sort((a, b) => (a.finding.start ?? -1) - (b.finding.start ?? -1) || a.order - b.order);

  // Fixes never overlap: the later one (in text order) loses its fix, keeps its finding. Sorted by
  // start, a fix overlaps an earlier kept one iff it starts before their furthest end or at the
  // same point as the last one.
  let furthestEnd = -1;
  let lastStart = -1;
  const withFix = findings.filter((f) => f.finding.fix).sort((a, b) => a.finding.fix!.start - b.finding.fix!.start || a.order - b.order);
  for (const { finding } of withFix) {
    const fix = finding.fix!;
    if (fix.start < furthestEnd || fix.start === lastStart) {
      delete finding.fix;
      continue;
    }
    furthestEnd = Math.max(furthestEnd, fix.end);
    lastStart = fix.start;
  }
  return findings.map((f) => f.finding);
}
