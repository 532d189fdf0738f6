import { describe, expect, it, vi } from 'vitest';
import rule, { formalityClearlyOff } from './tone-formality';
import { testRule } from './rule-tester';
import { analyses } from './tone-rules.fake';

vi.mock('../tone/index', async () => ({ analyzeTone: (await import('./tone-rules.fake')).fakeAnalyzeTone }));

analyses.set('Dear valued customer, we hereby inform you.', { formality: { level: 'formal', score: 0.8 } });
analyses.set('lol gonna grab a coffee', { formality: { level: 'casual', score: -0.8 } });
analyses.set('lol omg haha so good', { formality: { level: 'casual', score: -0.97 } });
analyses.set('Hey, check it out', { formality: { level: 'casual', score: -0.45 } });

const voice = (formality: string) => ({ identity: { voice: { formality } } });

testRule(rule, {
  plan: voice('casual'),
  valid: [
    'lol gonna grab a coffee',
    { name: 'neutral draft for a casual brand', text: 'We roast on Mondays.' },
    { name: 'a neutral plan accepts a formal letter', text: 'Dear valued customer, we hereby inform you.', plan: voice('neutral') },
    { name: 'a neutral plan accepts a lightly casual draft', text: 'Hey, check it out', plan: voice('neutral') },
    { name: 'formal draft, formal brand', text: 'Dear valued customer, we hereby inform you.', plan: voice('formal') },
  ],
  invalid: [
    { text: 'Dear valued customer, we hereby inform you.', findings: [{ severity: 'info', message: /Reads formal; the brand's voice is casual/, nb: /^Teksten virker formell, men merkevarens stemme er uformell\.$/ }] },
    { name: 'casual draft for a formal brand', text: 'lol gonna grab a coffee', surface: 'comment', plan: voice('formal'), findings: [{}] },
    { name: 'a neutral plan flags the casual extreme', text: 'lol omg haha so good', plan: voice('neutral'), findings: [{ message: /Reads casual; the brand's voice is neutral/ }] },
  ],
});

describe('formalityClearlyOff', () => {
  it.each([
    ['casual', 'formal', 0.5, true],
    ['formal', 'casual', -0.5, true],
    ['casual', 'neutral', 0.1, false],
    ['formal', 'neutral', -0.1, false],
    // A neutral draft is fine for a casual or formal brand wherever in the neutral band it sits.
    ['casual', 'neutral', 0.3, false],
    ['formal', 'neutral', -0.25, false],
    ['formal', 'neutral', -0.39, false],
    ['neutral', 'formal', 0.8, false],
    ['neutral', 'formal', 0.95, true],
    ['neutral', 'casual', -0.92, true],
    ['formal', 'formal', 1, false],
  ] as const)('plan %s, draft %s (%d) → %s', (plan, level, score, off) => expect(formalityClearlyOff(plan, { level, score })).toBe(off));
});
