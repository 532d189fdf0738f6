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
    { name: 'laughing along with a happy comment', text: 'haha same 😂', replyingTo: 'Love it!' },
    { name: 'a bare "ok" to a fan', text: 'ok 👍', replyingTo: 'Love it!' },
  ],
  invalid: [
    { text: 'We are sorry!', replyingTo: 'My order is two weeks late. Terrible service.', findings: [{ severity: 'info', message: /complaint.*Templates: Apology \+ DM\./, nb: /^Du svarer på en klage: .* Maler: Apology \+ DM\.$/ }] },
    {
      name: 'laughing at the complaint',
      text: 'check your spam folder lol',
      replyingTo: 'My order is two weeks late. Terrible service.',
      findings: [{ severity: 'info' }, { start: 23, end: 26, severity: 'warning', message: /^"lol" in a reply to a complaint reads as mocking the customer\.$/, nb: /^«lol» i et svar på en klage/ }],
      output: 'check your spam folder',
    },
    {
      name: 'a laugh that opens the reply takes its comma and hands its capital on',
      text: 'Haha, it will come.',
      replyingTo: 'My order is two weeks late. Terrible service.',
      findings: [{ severity: 'info' }, { start: 0, end: 4, severity: 'warning' }],
      output: 'It will come.',
    },
    {
      name: 'emoji laughter, one span',
      text: 'Sorry 😂😂 🤣\nWe will check.',
      replyingTo: 'My order is two weeks late. Terrible service.',
      findings: [{ severity: 'info' }, { start: 6, end: 13, severity: 'warning', message: /^"😂😂 🤣"/ }],
      output: 'Sorry\nWe will check.',
    },
    {
      name: 'neighbouring laughs are one mark with one fix',
      text: 'lol, lol',
      replyingTo: 'My order is two weeks late. Terrible service.',
      findings: [{ severity: 'info' }, { start: 0, end: 8, severity: 'warning' }],
      output: '',
    },
    {
      name: 'a laugh on a line of its own takes the line with it',
      text: 'lol,\nWe will check.',
      replyingTo: 'My order is two weeks late. Terrible service.',
      findings: [{ severity: 'info' }, { start: 0, end: 3, severity: 'warning' }],
      output: 'We will check.',
    },
    {
      name: 'a bare "ok" as the whole reply brushes the customer off (no fix: only the user knows what to say)',
      text: ' Ok. ',
      replyingTo: 'My order is two weeks late. Terrible service.',
      findings: [{ severity: 'info' }, { start: 1, end: 4, severity: 'warning', message: /^A bare "Ok\." to a complaint reads as brushing the customer off/, nb: /^Bare «Ok\.» til en klage/ }],
    },
    {
      name: 'a thumbs-up after the handle',
      text: '@kari_nordmann 👍',
      replyingTo: 'My order is two weeks late. Terrible service.',
      findings: [{ severity: 'info' }, { start: 0, end: 17, severity: 'warning' }],
    },
    {
      name: 'an acknowledgement that goes on is an answer',
      text: 'Ok, we will check the tracking now.',
      replyingTo: 'My order is two weeks late. Terrible service.',
      findings: [{ severity: 'info' }],
    },
    {
      name: 'laugh lines one under another: Fix all takes both (rev32 F4)',
      text: 'lol\nhaha\nSorry to hear that',
      replyingTo: 'My order is two weeks late. Terrible service.',
      findings: [{ severity: 'info' }, { start: 0, end: 3, severity: 'warning' }, { start: 4, end: 8, severity: 'warning' }],
      output: 'Sorry to hear that',
    },
    {
      name: 'two laughs, two fixes',
      text: 'lol ok, lol',
      replyingTo: 'My order is two weeks late. Terrible service.',
      findings: [{ severity: 'info' }, { start: 0, end: 3, severity: 'warning' }, { start: 8, end: 11, severity: 'warning' }],
      output: 'ok',
    },
  ],
});
