import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'context.complaint',
    description: 'The comment being answered is a complaint: acknowledge it, show empathy, offer a reply template.',
    surfaces: ['comment'],
    fixable: false,
    severity: 'info',
  },
  check({ replyTone, plan }) {
    if (!replyTone()?.complaint) return [];
    const templates = plan.moderation.replyTemplates.map((t) => t.name);
    const offer = templates.length ? ` Templates: ${templates.join(', ')}.` : '';
    return [{ message: `You are answering a complaint: acknowledge it, show empathy and offer to help.${offer}` }];
  },
});
