import { describe, expect, it } from 'vitest';
import type { Finding, RuleId } from '../engine/types';
import { summarizeTone } from './tone-summary';

/** `rule@N` is a finding of `rule` with a range starting at N; `rule@N+fix` has a fix too. */
const f = (id: string): Finding => {
  const [ruleId, at] = id.replace('+fix', '').split('@') as [RuleId, string | undefined];
  const range = at === undefined ? {} : { start: Number(at), end: Number(at) + 3 };
  const fix = id.endsWith('+fix') ? { fix: { start: Number(at), end: Number(at) + 3, text: '' } } : {};
  return { ruleId, severity: 'warning', message: ruleId, ...range, ...fix };
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
});
