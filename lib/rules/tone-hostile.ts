import type { ToneSpan } from '../tone/types';
import { defineMessages, quote } from './messages';
import { defineRule } from './rule';

type Kind = NonNullable<ToneSpan['kind']> | 'hostile';

/**
 * An eye-roll (🙄, 😒) in the brand's reply to someone is dismissive however polite the words
 * ("Great, glad you enjoyed waiting 🙄"). In a post it is the brand's own mood ("Monday again 🙄").
 */
const EYE_ROLL = /\u{1F644}|\u{1F612}/gu;

function eyeRolls(text: string): ToneSpan[] {
  return Array.from(text.matchAll(EYE_ROLL), (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'dismissive' as const }));
}

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
  check({ tone, replyTone, text, surface, messageLocale }) {
    const say = MESSAGES[messageLocale];
    const analysis = tone();
    if (!analysis) return [];
    const spans = analysis.hostile.filter((s) => s.start >= 0 && s.start < s.end && s.end <= text.length);
    // Rolling eyes at a complaint is `context.complaint`'s mocking, with its fix: said once.
    if (surface === 'comment' && !replyTone()?.complaint) spans.push(...eyeRolls(text));
    return spans
      .sort((a, b) => a.start - b.start)
      .map((s) => ({ message: say.hostile(say.kind[s.kind ?? 'hostile'], text.slice(s.start, s.end)), start: s.start, end: s.end }));
  },
});
