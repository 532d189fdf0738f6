import { defineMessages } from './messages';
import { defineRule } from './rule';

// Template names are the plan's own and shown as written.
const MESSAGES = defineMessages({
  en: {
    complaint: (templates: readonly string[]) =>
      `You are answering a complaint: acknowledge it, show empathy and offer to help.${templates.length ? ` Templates: ${templates.join(', ')}.` : ''}`,
  },
  nb: {
    complaint: (templates: readonly string[]) =>
      `Du svarer på en klage: ta den på alvor, vis forståelse og tilby hjelp.${templates.length ? ` Maler: ${templates.join(', ')}.` : ''}`,
  },
});

export default defineRule({
  meta: {
    id: 'context.complaint',
    description: 'The comment being answered is a complaint: acknowledge it, show empathy, offer a reply template.',
    surfaces: ['comment'],
    fixable: false,
    severity: 'info',
  },
  check({ replyTone, plan, messageLocale }) {
    if (!replyTone()?.complaint) return [];
    return [{ message: MESSAGES[messageLocale].complaint(plan.moderation.replyTemplates.map((t) => t.name)) }];
  },
});
