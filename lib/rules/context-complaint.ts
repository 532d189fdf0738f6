import { isCurtReply } from '../tone/curt';
import { laughterSpans } from '../tone/laughter';
import { laughRemoval } from './kinds/laugh-removal';
import { disjointRemovals } from './kinds/removal';
import { defineMessages } from './messages';
import { defineRule } from './rule';

// Template names are the plan's own and shown as written.
const MESSAGES = defineMessages({
  en: {
    complaint: (templates: readonly string[]) =>
      `You are answering a complaint: acknowledge it, show empathy and offer to help.${templates.length ? ` Templates: ${templates.join(', ')}.` : ''}`,
    laughing: (laugh: string) => `"${laugh}" in a reply to a complaint reads as mocking the customer.`,
    curt: (reply: string) => `A bare "${reply}" to a complaint reads as brushing the customer off: say what you will do, or use a template.`,
  },
  nb: {
    complaint: (templates: readonly string[]) =>
      `Du svarer på en klage: ta den på alvor, vis forståelse og tilby hjelp.${templates.length ? ` Maler: ${templates.join(', ')}.` : ''}`,
    laughing: (laugh: string) => `«${laugh}» i et svar på en klage kan leses som hån mot kunden.`,
    curt: (reply: string) => `Bare «${reply}» til en klage kan leses som at du avfeier kunden: si hva du skal gjøre, eller bruk en mal.`,
  },
});

export default defineRule({
  meta: {
    id: 'context.complaint',
    description:
      'The comment being answered is a complaint: acknowledge it, show empathy, offer a reply template; laughter in the reply ("lol", 😂) is marked, and the fix removes it; a bare "ok" or 👍 as the whole reply is marked as brushing the customer off.',
    surfaces: ['comment'],
    fixable: true,
    severity: 'info',
  },
  check({ replyTone, plan, messageLocale, text }) {
    if (!replyTone()?.complaint) return [];
    const advice = { message: MESSAGES[messageLocale].complaint(plan.moderation.replyTemplates.map((t) => t.name)) };
    // Laughing is fine in banter and is not tone.hostile on its own; it is the complaint that makes it mock.
    const spans = laughterSpans(text);
    // Laughs on lines of their own one under another: their fixes must not claim the same break (rev32).
    const fixes = disjointRemovals(text, spans.map(({ start, end }) => laughRemoval(text, start, end)));
    const laughs = spans.map(({ start, end }, i) => ({
      severity: 'warning' as const,
      message: MESSAGES[messageLocale].laughing(text.slice(start, end)),
      start,
      end,
      fix: fixes[i],
    }));
    // A bare "ok" or 👍 has no fix: only the user knows what they will do about the complaint.
    const start = text.length - text.trimStart().length;
    const end = text.trimEnd().length;
    // Quoted without the @handle the reply opens with: the user wrote "ok", not "@kari ok".
    const said = text.slice(start, end).replace(/^(?:[@＠][\p{L}\p{N}_.]+\s+)+/u, '');
    const curt = isCurtReply(text) ? [{ severity: 'warning' as const, message: MESSAGES[messageLocale].curt(said), start, end }] : [];
    return [advice, ...laughs, ...curt];
  },
});
