import { laughterSpans } from '../tone/laughter';
import { removalFix } from './kinds/removal';
import { defineMessages } from './messages';
import { defineRule } from './rule';

// Template names are the plan's own and shown as written.
const MESSAGES = defineMessages({
  en: {
    complaint: (templates: readonly string[]) =>
      `You are answering a complaint: acknowledge it, show empathy and offer to help.${templates.length ? ` Templates: ${templates.join(', ')}.` : ''}`,
    laughing: (laugh: string) => `"${laugh}" in a reply to a complaint reads as mocking the customer.`,
  },
  nb: {
    complaint: (templates: readonly string[]) =>
      `Du svarer på en klage: ta den på alvor, vis forståelse og tilby hjelp.${templates.length ? ` Maler: ${templates.join(', ')}.` : ''}`,
    laughing: (laugh: string) => `«${laugh}» i et svar på en klage kan leses som hån mot kunden.`,
  },
});

export default defineRule({
  meta: {
    id: 'context.complaint',
    description:
      'The comment being answered is a complaint: acknowledge it, show empathy, offer a reply template; laughter in the reply ("lol", 😂) is marked, and the fix removes it.',
    surfaces: ['comment'],
    fixable: true,
    severity: 'info',
  },
  check({ replyTone, plan, messageLocale, text }) {
    if (!replyTone()?.complaint) return [];
    const advice = { message: MESSAGES[messageLocale].complaint(plan.moderation.replyTemplates.map((t) => t.name)) };
    // Laughing is fine in banter and is not tone.hostile on its own; it is the complaint that makes it mock.
    const laughs = laughterSpans(text).map(({ start, end }) => {
      // A laugh that opens a line takes its own punctuation with it ("Haha, sorry" → "sorry"); a laugh
      // that is the whole line takes the line break too, so no empty line is left.
      const opensLine = /(?:^|\n)[ \t]*$/u.test(text.slice(0, start));
      const rest = opensLine ? /^[,.!?…:;]*([ \t]*)(\n)?/u.exec(text.slice(end))! : undefined;
      const wholeLine = rest !== undefined && (rest[2] !== undefined || end + rest[0].length === text.length);
      const fix = wholeLine ? { start, end: end + rest[0].length, text: '' } : removalFix(text, start, end + (rest ? rest[0].length - rest[1]!.length : 0));
      return {
        severity: 'warning' as const,
        message: MESSAGES[messageLocale].laughing(text.slice(start, end)),
        start,
        end,
        fix,
      };
    });
    return [advice, ...laughs];
  },
});
