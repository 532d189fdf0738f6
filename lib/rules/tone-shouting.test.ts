import { vi } from 'vitest';
import rule from './tone-shouting';
import { testRule } from './rule-tester';
import { analyses } from './tone-rules.fake';

vi.mock('../tone/index', async () => ({ analyzeTone: (await import('./tone-rules.fake')).fakeAnalyzeTone }));

analyses.set('BUY NOW!!! THIS IS HUGE', { shouting: [{ start: 0, end: 3 }, { start: 4, end: 7 }, { start: 7, end: 10 }, { start: 11, end: 15 }, { start: 19, end: 23 }] });
analyses.set('Really?!?! And YES, WE CAN', { shouting: [{ start: 6, end: 10 }, { start: 15, end: 18 }, { start: 20, end: 22 }, { start: 23, end: 26 }] });

testRule(rule, {
  // Whether NASA/NOK count as shouting is the analyser's call (tone-rules.integration.test.ts
  // runs the real one); here: an analysis without shouting spans gives no finding.
  valid: [{ name: 'no shouting spans, no finding', text: 'Calm text.' }],
  invalid: [
    { name: 'adjacent shouted words and runs are one shout', text: 'BUY NOW!!! THIS IS HUGE', findings: [{ start: 0, end: 23, message: /"BUY NOW!!! THIS IS HUGE" in capitals/, nb: /^«BUY NOW!!! THIS IS HUGE» i store bokstaver oppfattes som roping\.$/ }] },
    { name: 'lower-case words separate shouts', text: 'Really?!?! And YES, WE CAN', findings: [{ start: 6, end: 10, message: /"\?!\?!" reads as shouting/, nb: /^«\?!\?!» oppfattes som roping\.$/ }, { start: 15, end: 26 }] },
  ],
});
