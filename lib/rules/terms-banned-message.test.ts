import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../engine/check';
import { parsePlanJson } from '../plan/parse';

function planWithReason(reason: string) {
  const raw = JSON.parse(readFileSync('samples/plan.example.json', 'utf8'));
  raw.terms.banned = [{ term: 'cheap', reason, suggest: 'good value' }];
  const parsed = parsePlanJson(JSON.stringify(raw));
  if (!parsed.ok) throw new Error('the plan does not parse');
  return parsed.plan;
}

const message = (reason: string, messageLocale: 'en' | 'nb' = 'en') =>
  checkDraft('Our cheap coffee', { plan: planWithReason(reason), channel: 'x', surface: 'post', messageLocale }).find((f) => f.ruleId === 'terms.banned')?.message;

describe('terms.banned message', () => {
  it("ends the plan's reason as a sentence before the suggestion (QA39)", () => {
    expect(message('We sell on quality')).toBe('Avoid "cheap". We sell on quality. Say "good value".');
    expect(message('Vi selger kvalitet', 'nb')).toBe('Unngå «cheap». Vi selger kvalitet. Skriv «good value».');
  });

  it('keeps a reason that already ends a sentence as written', () => {
    expect(message('We sell on quality.')).toBe('Avoid "cheap". We sell on quality. Say "good value".');
    expect(message('Why would we?')).toBe('Avoid "cheap". Why would we? Say "good value".');
  });
});
