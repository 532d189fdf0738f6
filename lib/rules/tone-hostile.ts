import type { ToneSpan } from '../tone/types';
import { defineRule } from './rule';

const WHAT: Record<NonNullable<ToneSpan['kind']>, string> = {
  insult: 'Insulting',
  profanity: 'Profanity',
  blame: 'Blames the reader',
  dismissive: 'Dismissive',
};

export default defineRule({
  meta: {
    id: 'tone.hostile',
    description: 'Insults, profanity, blaming or dismissive phrasing ("calm down", "obviously you").',
    surfaces: ['post', 'comment'],
    fixable: false,
    severity: 'error',
  },
  check({ tone, text }) {
    const analysis = tone();
    if (!analysis) return [];
    return analysis.hostile
      .filter((s) => s.start >= 0 && s.start < s.end && s.end <= text.length)
      .map((s) => ({ message: `${s.kind ? WHAT[s.kind] : 'Hostile'}: "${text.slice(s.start, s.end)}" is not the brand's voice.`, start: s.start, end: s.end }));
  },
});
