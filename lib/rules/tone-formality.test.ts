import { describe, expect, it, vi } from 'vitest';
import rule, { formalityClearlyOff } from './tone-formality';
import { testRule } from './rule-tester';
import { analyses } from './tone-rules.fake';

vi.mock('../tone/index', async () => ({ analyzeTone: (await import('./tone-rules.fake')).fakeAnalyzeTone }));

analyses.set('Dear valued customer, we hereby inform you.', { formality: { level: 'formal', score: 0.8 } });
analyses.set('lol gonna grab a coffee', { formality: { level: 'casual', score: -0.8 } });

const voice = (formality: string) => ({ identity: { voice: { formality } } });

testRule(rule, {
  plan: voice('casual'),
  valid: [
    'lol gonna grab a coffee',
    { name: 'neutral draft for a casual brand', text: 'We roast on Mondays.' },
    { name: 'a neutral plan accepts both ends', text: 'Dear valued customer, we hereby inform you.', plan: voice('neutral') },
    { name: 'formal draft, formal brand', text: 'Dear valued customer, we hereby inform you.', plan: voice('formal') },
  ],
  invalid: [
    { text: 'Dear valued customer, we hereby inform you.', findings: [{ severity: 'info', message: /Reads formal; the brand's voice is casual/ }] },
    { name: 'casual draft for a formal brand', text: 'lol gonna grab a coffee', surface: 'comment', plan: voice('formal'), findings: [{}] },
  ],
});

describe('formalityClearlyOff', () => {
  it.each([
    ['casual', 'formal', true], ['formal', 'casual', true], ['casual', 'neutral', false], ['neutral', 'formal', false], ['neutral', 'casual', false], ['formal', 'formal', false],
  ] as const)('plan %s, draft %s → %s', (plan, draft, off) => expect(formalityClearlyOff(plan, draft)).toBe(off));
});
