import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parsePlanJson } from '../plan/parse';
import type { Plan } from '../plan/types';
import { makePlan } from '../rules/rule-tester';
import { defineRule } from '../rules/rule';
import { RULES } from '../rules/index';
import { applyFix } from './apply-fix';
import { checkDraft } from './check';
import { CHANNEL_IDS, SURFACES, type Finding } from './types';

const example = parsePlanJson(readFileSync(new URL('../../samples/plan.example.json', import.meta.url), 'utf8'));
if (!example.ok) throw new Error('samples/plan.example.json must be valid');
const plan: Plan = example.plan;

/** Contract breaches the engine repaired (a rule or the tone analyser throwing, bad ranges). */
function breaches(): { list: string[]; report: (id: string, problem: string) => void } {
  const list: string[] = [];
  return { list, report: (id, problem) => void list.push(`${id}: ${problem}`) };
}

function assertWellFormed(text: string, findings: Finding[]) {
  let furthest = -1;
  let lastStart = -1;
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : [])).sort((a, b) => a.start - b.start);
  for (const f of findings) {
    if (f.start !== undefined || f.end !== undefined) {
      expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
      expect(0 <= f.start! && f.start! <= f.end! && f.end! <= text.length).toBe(true);
    }
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(0);
  }
  for (const fix of fixes) {
    expect(0 <= fix.start && fix.start <= fix.end && fix.end <= text.length).toBe(true);
    expect(fix.start >= furthest && fix.start !== lastStart).toBe(true);
    furthest = Math.max(furthest, fix.end);
    lastStart = fix.start;
    expect(typeof applyFix(text, fix)).toBe('string');
  }
}

const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom('cheap', ' ', 'Users', '#', 'NordlysCoffee', '@', 'nordlyscoffee.no/shop?utm_source=x', '.', '!!!', 'RECALL', '👍🏽', '\uD800', '\uDC00', 'ø', '\n', ')', 'http://', 'food poisoning', '*'), { maxLength: 60 }).map((a) => a.join('')),
);

describe('checkDraft', () => {
  it('never throws, keeps offsets inside the text and fixes apart (random Unicode, lone surrogates)', () => {
    fc.assert(
      fc.property(unicodeText, fc.constantFrom(...CHANNEL_IDS), fc.constantFrom(...SURFACES), fc.option(unicodeText, { nil: undefined }), (text, channel, surface, replyingTo) => {
        const { list, report } = breaches();
        const findings = checkDraft(text, { plan, channel, surface, ...(replyingTo === undefined ? {} : { replyingTo }), onRuleError: report });
        expect(list).toEqual([]);
        assertWellFormed(text, findings);
      }),
      { numRuns: 600 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(unicodeText, (text) => {
        const a = checkDraft(text, { plan, channel: 'instagram', surface: 'post' });
        expect(checkDraft(text, { plan, channel: 'instagram', surface: 'post' })).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  // The tone analyser is linear on ordinary text but slow on 100k emoji or lone surrogates (its own
  // tests cover it), so these run the engine's other rules on them, and the full check on prose.
  const withoutTone = RULES.filter((r) => !r.meta.id.startsWith('tone.') && r.meta.id !== 'context.complaint');

  it('handles a 100k-character post with every rule', () => {
    const text = 'Users love our cheap Polar Roast! See nordlyscoffee.no/shop #NordlysCoffee @friend 👍🏽 '.repeat(1200);
    const { list, report } = breaches();
    const findings = checkDraft(text, { plan, channel: 'facebook', surface: 'post', replyingTo: text, onRuleError: report });
    expect(list).toEqual([]);
    assertWellFormed(text, findings);
    expect(findings.filter((f) => f.ruleId === 'terms.banned')).toHaveLength(1200);
  });

  it.each([
    ['100k random characters', () => fc.sample(fc.string({ unit: 'binary', minLength: 100_000, maxLength: 100_000 }), { numRuns: 1, seed: 7 })[0]!],
    ['100k lone surrogates', () => '\uD83D'.repeat(100_000)],
    ['100k hashtags', () => '#a'.repeat(50_000)],
    ['a 100k URL', () => `https://nordlyscoffee.no/${'a'.repeat(100_000)}`],
    ['100k emoji', () => '👨‍👩‍👧'.repeat(14_000)],
  ])('handles %s', (_name, make) => {
    const text = make();
    for (const channel of CHANNEL_IDS) {
      const { list, report } = breaches();
      const findings = checkDraft(text, { plan, channel, surface: 'post', onRuleError: report, rules: withoutTone });
      expect(list).toEqual([]);
      assertWellFormed(text, findings);
      expect(findings.some((f) => f.ruleId === 'length.max')).toBe(true);
    }
  });

  it('checks nothing on a channel the plan disables', () => {
    const off = makePlan({ terms: { banned: [{ term: 'cheap' }] }, channels: { x: { enabled: false } } });
    expect(checkDraft('cheap', { plan: off, channel: 'x', surface: 'post' })).toEqual([]);
    expect(checkDraft('cheap', { plan: off, channel: 'facebook', surface: 'post' }).map((f) => f.ruleId)).toEqual(['terms.banned']);
  });

  it('runs only the rules of the surface', () => {
    const text = 'Fresh beans today';
    const post = checkDraft(text, { plan, channel: 'instagram', surface: 'post', rules: withoutTone }).map((f) => f.ruleId);
    const comment = checkDraft(text, { plan, channel: 'instagram', surface: 'comment', rules: withoutTone }).map((f) => f.ruleId);
    expect(post).toEqual(expect.arrayContaining(['hashtags.min', 'hashtags.required', 'cta.missing']));
    expect(comment).toEqual([]);
  });

  it('lists findings in text order, whole-text findings first', () => {
    const findings = checkDraft('Users love cheap beans', { plan, channel: 'instagram', surface: 'post' });
    const starts = findings.map((f) => f.start ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('the engine enforces rule meta', () => {
  const base = { plan, channel: 'x' as const, surface: 'post' as const };
  const collect = () => {
    const problems: string[] = [];
    return { problems, onRuleError: (id: string, problem: string) => problems.push(`${id}: ${problem}`) };
  };

  it('drops a fix from a rule not declared fixable and reports it', () => {
    const rogue = defineRule({
      meta: { id: 'cta.missing', description: 'test rule', surfaces: ['post'], fixable: false, severity: 'warning' },
      check: () => [{ message: 'm', start: 0, end: 1, fix: { start: 0, end: 1, text: 'x' } }],
    });
    const { problems, onRuleError } = collect();
    expect(checkDraft('ab', { ...base, rules: [rogue], onRuleError })).toEqual([{ ruleId: 'cta.missing', severity: 'warning', message: 'm', start: 0, end: 1 }]);
    expect(problems).toEqual(['cta.missing: returned a fix but is not declared fixable']);
  });

  it('drops ranges outside the text and survives a throwing rule', () => {
    const bad = defineRule({
      meta: { id: 'terms.banned', description: 'test rule', surfaces: ['post'], fixable: true, severity: 'error' },
      check: () => [{ message: 'far', start: 5, end: 9, fix: { start: 1, end: 9, text: '' } }],
    });
    const thrower = defineRule({
      meta: { id: 'terms.preferred', description: 'test rule', surfaces: ['post'], fixable: false, severity: 'error' },
      check: () => {
        throw new Error('boom');
      },
    });
    const { problems, onRuleError } = collect();
    expect(checkDraft('ab', { ...base, rules: [bad, thrower], onRuleError })).toEqual([{ ruleId: 'terms.banned', severity: 'error', message: 'far' }]);
    expect(problems).toEqual(['terms.banned: range [5, 9) is outside the text', 'terms.banned: fix range [1, 9) is outside the text', 'terms.preferred: threw: boom']);
  });

  it('keeps the earlier of two overlapping fixes', () => {
    const a = defineRule({
      meta: { id: 'terms.banned', description: 'test rule', surfaces: ['post'], fixable: true, severity: 'error' },
      check: () => [{ message: 'a', start: 2, end: 6, fix: { start: 2, end: 6, text: 'A' } }],
    });
    const b = defineRule({
      meta: { id: 'terms.preferred', description: 'test rule', surfaces: ['post'], fixable: true, severity: 'warning' },
      check: () => [
        { message: 'b1', start: 0, end: 3, fix: { start: 0, end: 3, text: 'B' } },
        { message: 'b2', start: 6, end: 7, fix: { start: 6, end: 7, text: 'C' } },
      ],
    });
    const findings = checkDraft('abcdefgh', { ...base, rules: [a, b] });
    expect(findings.map((f) => [f.message, f.fix?.text])).toEqual([['b1', 'B'], ['a', undefined], ['b2', 'C']]);
  });

  it('runs the tone analyser at most once per text, and only when a tone rule asks', () => {
    let calls = 0;
    const askTwice = defineRule({
      meta: { id: 'tone.negative', description: 'test rule', surfaces: ['post'], fixable: false, severity: 'warning' },
      check: (context) => {
        context.tone();
        context.tone();
        calls++;
        return [];
      },
    });
    expect(checkDraft('So cheap', { ...base, rules: [askTwice] })).toEqual([]);
    expect(calls).toBe(1);
  });
});

describe('the example plan end to end', () => {
  it('flags an off-plan Instagram caption with exact fixes', () => {
    const text = 'Users love our cheap nordlys coffee! Shop https://www.nordlyscoffee.no/shop?utm_source=fb#top. #followforfollow';
    const findings = checkDraft(text, { plan, channel: 'instagram', surface: 'post' });
    const byRule = Object.fromEntries(findings.map((f) => [f.ruleId, f]));
    expect(byRule['terms.preferred']?.fix?.text).toBe('Coffee lovers');
    expect(byRule['terms.banned']?.fix?.text).toBe('good value');
    expect(byRule['terms.spelling']?.fix?.text).toBe('Nordlys Coffee');
    expect(byRule['link.utm']?.fix?.text).toBe('https://www.nordlyscoffee.no/shop?utm_source=instagram&utm_medium=social&utm_campaign=winter-2027#top');
    expect(byRule['hashtags.banned']?.severity).toBe('error');
    expect(Object.keys(byRule)).toEqual(expect.arrayContaining(['link.unclickable', 'hashtags.required', 'cta.missing']));
  });
});

describe('message language', () => {
  const text = 'Users love our cheap beans! #followforfollow';
  const messages = (messageLocale?: string) =>
    checkDraft(text, { plan, channel: 'instagram', surface: 'post', ...(messageLocale === undefined ? {} : { messageLocale: messageLocale as 'en' }) });
  const withoutMessage = ({ message: _message, ...rest }: Finding) => rest;

  it.each([
    ['nothing', undefined, /^Avoid "cheap"\. We sell on quality, not price\. Say "good value"\.$/],
    ['en', 'en', /^Avoid "cheap"\./],
    ['nb (the plan\'s reason stays as written)', 'nb', /^Unngå «cheap»\. We sell on quality, not price\. Skriv «good value»\.$/],
    ['an unknown language from plain JS: English', 'de', /^Avoid "cheap"\./],
  ])('given %s', (_what, messageLocale, banned) => {
    const findings = messages(messageLocale);
    expect(findings.find((f) => f.ruleId === 'terms.banned')?.message).toMatch(banned);
    expect(findings.map(withoutMessage)).toEqual(messages().map(withoutMessage));
  });

  it('is independent of the plan locale (the posts\' language)', () => {
    const nbPosts: Plan = { ...plan, locale: 'nb' };
    const findings = checkDraft('Så billig!', { plan: { ...nbPosts, terms: { ...plan.terms, banned: [{ term: 'billig' }] } }, channel: 'x', surface: 'post' });
    expect(findings.find((f) => f.ruleId === 'terms.banned')?.message).toBe('Avoid "billig".');
  });
});

describe('when the tone analyser fails', () => {
  it('keeps every other finding and reports the failure', async () => {
    vi.resetModules();
    vi.doMock('../tone/index', () => ({
      analyzeTone: () => {
        throw new Error('lexicon missing');
      },
    }));
    const { checkDraft: check } = await import('./check');
    const problems: string[] = [];
    const findings = check('So cheap!!! WAY TOO CHEAP', { plan, channel: 'x', surface: 'post', onRuleError: (id, p) => problems.push(`${id}: ${p}`) });
    expect(findings.map((f) => f.ruleId)).toEqual(['terms.banned', 'terms.banned']);
    expect(problems).toEqual(['tone.negative: analyzeTone failed: lexicon missing']);
    vi.doUnmock('../tone/index');
    vi.resetModules();
  });
});
