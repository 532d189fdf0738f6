import { vi } from 'vitest';
import rule from './context-complaint';
import { testRule } from './rule-tester';
import { analyses } from './tone-rules.fake';

vi.mock('../tone/index', async () => ({ analyzeTone: (await import('./tone-rules.fake')).fakeAnalyzeTone }));

analyses.set('My order is two weeks late. Terrible service.', { complaint: true, sentiment: -0.7 });

testRule(rule, {
  surface: 'comment',
  plan: { moderation: { replyTemplates: [{ id: 'apology', name: 'Apology + DM', text: 'So sorry!' }] } },
  valid: [
    { text: 'Thanks!', replyingTo: 'Love it!' },
    { name: 'no comment answered', text: 'Thanks!' },
    { name: 'the draft itself is not the context', text: 'My order is two weeks late. Terrible service.' },
    { name: 'posts have no comment to answer', text: 'Hi', surface: 'post', replyingTo: 'My order is two weeks late. Terrible service.' },
  ],
  invalid: [
    { text: 'We are sorry!', replyingTo: 'My order is two weeks late. Terrible service.', findings: [{ severity: 'info', message: /complaint.*Templates: Apology \+ DM\./, nb: /^Du svarer på en klage: .* Maler: Apology \+ DM\.$/ }] },
  ],
});
