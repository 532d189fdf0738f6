import { vi } from 'vitest';
import rule from './tone-shouting';
import { testRule } from './rule-tester';
import { analyses } from './tone-rules.fake';

vi.mock('../tone/index', async () => ({ analyzeTone: (await import('./tone-rules.fake')).fakeAnalyzeTone }));

analyses.set('BUY NOW!!!', { shouting: [{ start: 0, end: 7 }, { start: 7, end: 10 }] });

testRule(rule, {
  valid: ['NASA and NOK are fine.'],
  invalid: [
    { text: 'BUY NOW!!!', findings: [{ start: 0, end: 7, message: /"BUY NOW" in capitals/ }, { start: 7, end: 10, message: /"!!!" reads as shouting/ }] },
  ],
});
