import type { ToneSpan } from '../tone/types';
import { defineMessages, quote } from './messages';
import { defineRule } from './rule';

type Kind = NonNullable<ToneSpan['kind']> | 'hostile';

const MESSAGES = defineMessages({
  en: {
    kind: { insult: 'Insulting', profanity: 'Profanity', blame: 'Blames the reader', dismissive: 'Dismissive', hostile: 'Hostile' } satisfies Record<Kind, string>,
    hostile: (what: string, found: string) => `${what}: ${quote('en', found)} is not the brand's voice.`,
  },
  nb: {
    kind: { insult: 'Fornærmende', profanity: 'Banning', blame: 'Legger skylda på leseren', dismissive: 'Avfeiende', hostile: 'Fiendtlig' } satisfies Record<Kind, string>,
    hostile: (what: string, found: string) => `${what}: ${quote('nb', found)} passer ikke med merkevarens stemme.`,
  },
});

export default defineRule({
  meta: {
    id: 'tone.hostile',
    description: 'Insults, profanity, blaming or dismissive phrasing ("calm down", "obviously you").',
    surfaces: ['post', 'comment'],
    fixable: false,
    severity: 'error',
  },
  check({ tone, text, messageLocale }) {
    const say = MESSAGES[messageLocale];
    const analysis = tone();
    if (!analysis) return [];
    return analysis.hostile
      .filter((s) => s.start >= 0 && s.start < s.end && s.end <= text.length)
      .map((s) => ({ message: say.hostile(say.kind[s.kind ?? 'hostile'], text.slice(s.start, s.end)), start: s.start, end: s.end }));
  },
});
