/**
 * Table-driven rule tests (after ESLint's RuleTester): valid drafts must give no finding;
 * invalid drafts must give exactly the expected ranges, and applying the fixes must give exactly
 * the expected text. Every invalid draft is checked in each message language too: the same findings
 * and fixes, and a message of its own in each. Imported by *.test.ts files only.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../engine/check';
import { applyFixes } from '../engine/apply-fix';
import { MESSAGE_LOCALES, type ChannelId, type Finding, type MessageLocale, type Severity, type Surface } from '../engine/types';
import { parsePlan } from '../plan/parse';
import type { Plan } from '../plan/types';
import type { Rule } from './rule';

export type RawPlan = Record<string, unknown>;

/** A valid plan from a few raw fields (schema, id and name filled in). */
export function makePlan(raw: RawPlan = {}): Plan {
  const result = parsePlan({ schema: 'brandline/plan@1', id: 'test', name: 'Test', ...raw });
  if (!result.ok) throw new Error(`test plan is invalid: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.plan;
}

export interface Case {
  text: string;
  channel?: ChannelId;
  surface?: Surface;
  replyingTo?: string;
  /** Overrides the table's plan. */
  plan?: RawPlan;
  name?: string;
}

export interface InvalidCase extends Case {
  /**
   * Expected findings in order: their range (omit for a finding without range) and optionally
   * severity and message (`message` in English, `nb` in Norwegian Bokmål).
   */
  findings: { start?: number; end?: number; severity?: Severity; message?: RegExp; nb?: RegExp }[];
  /** The text after applying every fix; omit when the findings carry no fix. */
  output?: string;
}

export interface RuleTable {
  plan?: RawPlan;
  channel?: ChannelId;
  surface?: Surface;
  valid: (Case | string)[];
  invalid: InvalidCase[];
}

export function runRule(
  rule: Rule,
  text: string,
  options: { plan: Plan; channel: ChannelId; surface: Surface; replyingTo?: string; messageLocale?: MessageLocale },
): Finding[] {
  return checkDraft(text, {
    ...options,
    rules: [rule],
    onRuleError: (id, problem) => {
      throw new Error(`${id}: ${problem}`);
    },
  });
}

const label = (c: Case) => c.name ?? JSON.stringify(c.text.length > 70 ? `${c.text.slice(0, 67)}...` : c.text);

export function testRule(rule: Rule, table: RuleTable): void {
  const setup = (c: Case) => ({
    plan: makePlan(c.plan ?? table.plan),
    channel: c.channel ?? table.channel ?? 'x',
    surface: c.surface ?? table.surface ?? 'post',
    ...(c.replyingTo === undefined ? {} : { replyingTo: c.replyingTo }),
  });
  describe(rule.meta.id, () => {
    it('has complete meta', () => {
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(rule.meta.surfaces.length).toBeGreaterThan(0);
    });
    describe('valid', () => {
      for (const raw of table.valid) {
        const c = typeof raw === 'string' ? { text: raw } : raw;
        it(label(c), () => {
          expect(runRule(rule, c.text, setup(c))).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of table.invalid) {
        it(label(c), () => {
          const findings = runRule(rule, c.text, setup(c));
          expect(findings.map((f) => ({ start: f.start, end: f.end }))).toEqual(c.findings.map((f) => ({ start: f.start, end: f.end })));
          c.findings.forEach((expected, i) => {
            const got = findings[i]!;
            expect(got.ruleId).toBe(rule.meta.id);
            expect(got.severity).toBe(expected.severity ?? rule.meta.severity);
            if (expected.message) expect(got.message).toMatch(expected.message);
          });
          const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
          if (c.output === undefined) expect(fixes).toEqual([]);
          else expect(applyFixes(c.text, fixes)).toBe(c.output);
        });
        it(`${label(c)} — in every message language`, () => {
          const withoutMessage = ({ message: _message, ...rest }: Finding) => rest;
          const english = runRule(rule, c.text, { ...setup(c), messageLocale: 'en' });
          expect(english).toEqual(runRule(rule, c.text, setup(c)));
          for (const messageLocale of MESSAGE_LOCALES.filter((l) => l !== 'en')) {
            const translated = runRule(rule, c.text, { ...setup(c), messageLocale });
            expect(translated.map(withoutMessage)).toEqual(english.map(withoutMessage));
            translated.forEach((f, i) => {
              expect(f.message.trim()).not.toBe('');
              expect(f.message, `${messageLocale} message of finding ${i} is the English one`).not.toBe(english[i]!.message);
            });
          }
          const nb = runRule(rule, c.text, { ...setup(c), messageLocale: 'nb' });
          c.findings.forEach((expected, i) => {
            if (expected.nb) expect(nb[i]!.message).toMatch(expected.nb);
          });
        });
      }
    });
  });
}
