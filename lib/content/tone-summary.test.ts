import { describe, expect, it } from 'vitest';
import type { Finding, RuleId } from '../engine/types';
import { summarizeTone } from './tone-summary';

/** `rule@N` is a finding of `rule` with a range starting at N; `rule@N+fix` has a fix too. */
const f = (id: string): Finding => {
  const [ruleId, at] = id.replace('+fix', '').split('@') as [RuleId, string | undefined];
  const range = at === undefined ? {} : { start: Number(at), end: Number(at) + 3 };
  const fix = id.endsWith('+fix') ? { fix: { start: Number(at), end: Number(at) + 3, text: '' } } : {};
  return { ruleId, severity: ruleId === 'terms.banned' ? 'error' : 'warning', message: ruleId, ...range, ...fix };
};

describe('summarizeTone', () => {
  it.each<[string, string, string[], number | undefined, { word: string; level: string; alert: string | undefined }]>([
    ['an empty field', '', [], undefined, { word: 'empty', level: 'ok', alert: undefined }],
    ['a neutral reply', 'We will check', [], 0.1, { word: 'neutral', level: 'ok', alert: undefined }],
    ['a warm reply', 'Thank you so much!', [], 0.8, { word: 'warm', level: 'ok', alert: undefined }],
    ['hostility wins over everything else', 'x', ['tone.negative', 'tone.shouting', 'tone.hostile'], -0.6, { word: 'hostile', level: 'bad', alert: undefined }],
    ['shouting', 'x', ['tone.shouting'], 0, { word: 'shouting', level: 'warn', alert: undefined }],
    ['negative', 'x', ['tone.negative'], -0.4, { word: 'negative', level: 'warn', alert: undefined }],
    ['under a positive floor but not below zero: cool, not negative', 'x', ['tone.negative'], 0, { word: 'cool', level: 'warn', alert: undefined }],
    ['off the register', 'x', ['tone.formality'], 0, { word: 'offRegister', level: 'warn', alert: undefined }],
    ['a complaint being answered', '', ['context.complaint'], undefined, { word: 'empty', level: 'ok', alert: 'complaint' }],
    ['laughing at a complaint', 'lol', ['context.complaint', 'context.complaint@0+fix'], 0.6, { word: 'mocking', level: 'bad', alert: 'complaint' }],
    ['hostility still wins over laughing', 'lol idiot', ['context.complaint@0+fix', 'tone.hostile'], -0.6, { word: 'hostile', level: 'bad', alert: 'complaint' }],
    ['a bare "ok" to a complaint', 'ok', ['context.complaint', 'context.complaint@0'], 0.3, { word: 'dismissive', level: 'warn', alert: 'complaint' }],
    ['laughing wins over a bare reply', 'ok lol', ['context.complaint', 'context.complaint@0', 'context.complaint@3+fix'], 0.3, { word: 'mocking', level: 'bad', alert: 'complaint' }],
    ['a crisis topic raises a calm chip to a warning', 'ok', ['crisis.keyword', 'context.complaint'], 0.5, { word: 'warm', level: 'warn', alert: 'crisis' }],
  ])('%s', (_name, text, rules, sentiment, expected) => {
    const summary = summarizeTone(text, rules.map(f), sentiment);
    expect({ word: summary.word, level: summary.level, alert: summary.alert }).toEqual(expected);
  });

  it.each<[string, string, string[], number, boolean, boolean]>([
    ['a calm apology to a complaint answers it', 'Sorry to hear that', ['context.complaint'], 0.1, true, true],
    ['a warm one too', 'So sorry, we will fix it today!', ['context.complaint'], 0.5, true, true],
    ['no apology or understanding: not said', 'Check your spam folder', ['context.complaint'], 0, false, false],
    ['an apology with a hostile phrase does not', 'Sorry, not our problem', ['context.complaint', 'tone.hostile'], -0.3, true, false],
    ['nor one that brushes the customer off', 'ok sorry', ['context.complaint', 'context.complaint@0'], 0.1, true, false],
    ['nor a reply to no complaint', 'Sorry to hear that', [], 0.1, true, false],
    ['nor on a crisis topic (escalate first)', 'Sorry to hear that', ['crisis.keyword', 'context.complaint'], 0.1, true, false],
    ['nor beside a must-fix finding (QA23)', 'So sorry! Our cheap beans', ['context.complaint', 'terms.banned@15'], 0.3, true, false],
  ])('%s', (_name, text, rules, sentiment, apologises, answered) => {
    let asked = false;
    const summary = summarizeTone(text, rules.map(f), sentiment, () => {
      asked = true;
      return apologises;
    });
    expect(summary.answered).toBe(answered);
    // Asked only where it can matter: a calm or warm reply to a complaint.
    if (!rules.includes('context.complaint') || rules.length > 1) expect(asked).toBe(false);
  });
});
