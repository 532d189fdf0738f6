import { vi } from 'vitest';
import rule from './tone-hostile';
import { testRule } from './rule-tester';
import { analyses } from './tone-rules.fake';

vi.mock('../tone/index', async () => ({ analyzeTone: (await import('./tone-rules.fake')).fakeAnalyzeTone }));

analyses.set('Calm down, obviously you broke it.', { hostile: [{ start: 0, end: 9, kind: 'dismissive' }, { start: 11, end: 24, kind: 'blame' }] });
analyses.set('What an idiot.', { hostile: [{ start: 8, end: 13, kind: 'insult' }] });
analyses.set('Bad span.', { hostile: [{ start: 5, end: 50 }] });

testRule(rule, {
  surface: 'comment',
  valid: ['Thanks for telling us!', { name: 'a span outside the text is ignored', text: 'Bad span.' }],
  invalid: [
    {
      text: 'Calm down, obviously you broke it.',
      findings: [{ start: 0, end: 9, message: /^Dismissive: "Calm down"/, nb: /^Avfeiende: «Calm down» passer ikke/ }, { start: 11, end: 24, message: /^Blames the reader: "obviously you"/, nb: /^Legger skylda på leseren: «obviously you»/ }],
    },
    { name: 'post surface', text: 'What an idiot.', surface: 'post', findings: [{ start: 8, end: 13, severity: 'error', message: /^Insulting/ }] },
  ],
});
