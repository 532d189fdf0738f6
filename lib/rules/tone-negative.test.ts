import { describe, expect, it, vi } from 'vitest';
import rule, { digitsBelow } from './tone-negative';
import { testRule } from './rule-tester';
import { analyses } from './tone-rules.fake';

vi.mock('../tone/index', async () => ({ analyzeTone: (await import('./tone-rules.fake')).fakeAnalyzeTone }));

analyses.set('We hate Mondays.', { sentiment: -0.6 });
analyses.set('Slightly meh.', { sentiment: -0.05 });
analyses.set('A bit meh.', { sentiment: -0.051 });
analyses.set("We're so sorry to hear this.", { sentiment: 0.1 });

testRule(rule, {
  valid: [
    'Neutral text.',
    { name: 'exactly the floor is not below it', text: 'Slightly meh.' },
    // That apologies score above the floor is the analyser's job (tone-rules.integration.test.ts);
    // here: a comment whose analysis is above the floor gives no finding.
    { name: 'a comment scored above the floor', text: "We're so sorry to hear this.", surface: 'comment' },
    { name: 'a lower floor in the plan', text: 'We hate Mondays.', plan: { identity: { voice: { minSentiment: -0.8 } } } },
    { name: 'an empty reply has no tone, even under a positive floor', text: '  ', surface: 'comment', plan: { identity: { voice: { minSentiment: 0.2 } } } },
  ],
  invalid: [
    { text: 'We hate Mondays.', findings: [{ message: /Reads negative \(sentiment -0\.60; the plan's floor is -0\.05\)/, nb: /^Teksten virker negativ \(stemning −0,60; planen krever minst −0,05\)\.$/ }] },
    { name: 'just below the default floor', text: 'A bit meh.', surface: 'comment', findings: [{}] },
    {
      name: 'neutral under a positive floor reads cool, not negative',
      text: 'Neutral text.',
      plan: { identity: { voice: { minSentiment: 0.2 } } },
      findings: [{ message: /^Reads cooler than the plan's voice \(sentiment 0\.00; the plan asks for at least 0\.2\)\.$/, nb: /^Teksten virker kjøligere enn planens stemme \(stemning 0,00; planen ber om minst 0,2\)\.$/ }],
    },
  ],
});

describe('the sentiment shown beside the floor', () => {
  it('has the digits that show it below the floor (QA39: −0.20 beside a floor of −0.2)', () => {
    expect(digitsBelow(-0.6, -0.05)).toBe(2);
    expect(digitsBelow(-0.204, -0.2)).toBe(3);
    expect(digitsBelow(-0.2004, -0.2)).toBe(4);
    expect(digitsBelow(0.1996, 0.2)).toBe(4);
  });
});
