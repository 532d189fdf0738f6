import { matcherFor } from '../engine/terms';
import { substitutions } from './kinds/substitution';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'crisis.keyword',
    description: 'A crisis keyword in the draft or in the comment being answered: escalate before answering.',
    surfaces: ['post', 'comment'],
    fixable: false,
    severity: 'error',
  },
  check(context) {
    const { plan, replyingTo, replySegments } = context;
    const keywords = plan.moderation.crisisKeywords;
    if (!keywords.length) return [];
    const escalation = plan.moderation.escalation ? ` ${plan.moderation.escalation}` : '';
    const inDraft = substitutions(context, { owner: keywords, terms: () => keywords, entryOf: (i) => keywords[i]! }, (_keyword, found) => ({
      message: `Crisis topic "${found}".${escalation}`,
    }));
    if (replyingTo === undefined || !replySegments) return inDraft;
    // Offsets are into the draft, so a keyword in the comment answered is a finding without a range.
    const matches = matcherFor(keywords, () => keywords).find(replySegments.words, replyingTo, replySegments.links, replySegments.wordIndex);
    const inReply = [...new Set(matches.map(({ start, end }) => replyingTo.slice(start, end).toLowerCase()))];
    if (!inReply.length) return inDraft;
    const list = inReply.map((k) => `"${k}"`).join(', ');
    return [{ message: `The comment you are answering mentions a crisis topic (${list}).${escalation}` }, ...inDraft];
  },
});
