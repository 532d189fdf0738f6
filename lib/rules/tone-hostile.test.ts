import { vi } from 'vitest';
import rule from './tone-hostile';
import { testRule } from './rule-tester';
import { analyses } from './tone-rules.fake';

vi.mock('../tone/index', async () => ({ analyzeTone: (await import('./tone-rules.fake')).fakeAnalyzeTone }));

analyses.set('Calm down, obviously you broke it.', { hostile: [{ start: 0, end: 9, kind: 'dismissive' }, { start: 11, end: 24, kind: 'blame' }] });
analyses.set('What an idiot.', { hostile: [{ start: 8, end: 13, kind: 'insult' }] });
analyses.set('What an idiot. 😒', { hostile: [{ start: 8, end: 13, kind: 'insult' }] });
analyses.set('My order never came!', { complaint: true });
analyses.set('Bad span.', { hostile: [{ start: 5, end: 50 }] });

testRule(rule, {
  surface: 'comment',
  valid: [
    'Thanks for telling us!', { name: 'a span outside the text is ignored', text: 'Bad span.' }, { name: "an eye-roll in the brand's own post is its mood", text: 'Monday again 🙄', surface: 'post' },
    { name: 'an eye-roll at a complaint is left to context.complaint', text: 'Sure 🙄', replyingTo: 'My order never came!' },
  ],
  invalid: [
    {
      text: 'Calm down, obviously you broke it.',
      findings: [{ start: 0, end: 9, message: /^Dismissive: "Calm down"/, nb: /^Avfeiende: «Calm down» passer ikke/ }, { start: 11, end: 24, message: /^Blames the reader: "obviously you"/, nb: /^Legger skylda på leseren: «obviously you»/ }],
    },
    { name: 'post surface', text: 'What an idiot.', surface: 'post', findings: [{ start: 8, end: 13, severity: 'error', message: /^Insulting/ }] },
    { name: 'an eye-roll in a reply', text: 'Great, glad you enjoyed waiting 🙄', findings: [{ start: 32, end: 34, message: /^Dismissive: "🙄"/, nb: /^Avfeiende: «🙄»/ }] },
    { name: 'eye-rolls beside other hostility, in text order', text: 'What an idiot. 😒', findings: [{ start: 8, end: 13, message: /^Insulting/ }, { start: 15, end: 17, message: /^Dismissive: "😒"/ }] },
  ],
});
