import { matcherFor } from '../engine/terms';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'crisis.keyword',
    description: 'A crisis keyword in the draft or in the comment being answered: escalate before answering.',
    surfaces: ['post', 'comment'],
    fixable: false,
    severity: 'error',
  },
  check({ plan, segments, text, replyingTo, replySegments }) {
    const keywords = plan.moderation.crisisKeywords;
    if (!keywords.length) return [];
    const matcher = matcherFor(keywords, () => keywords);
    const escalation = plan.moderation.escalation ? ` ${plan.moderation.escalation}` : '';
    const inDraft = matcher.find(segments.words, text, segments.links).map(({ start, end }) => ({
      message: `Crisis topic "${text.slice(start, end)}".${escalation}`,
      start,
      end,
    }));
    if (replyingTo === undefined || !replySegments) return inDraft;
    // Offsets are into the draft, so a keyword in the comment answered is a finding without a range.
    const inReply = [...new Set(matcher.find(replySegments.words, replyingTo, replySegments.links).map(({ start, end }) => replyingTo.slice(start, end).toLowerCase()))];
    if (!inReply.length) return inDraft;
    const list = inReply.map((k) => `"${k}"`).join(', ');
    return [{ message: `The comment you are answering mentions a crisis topic (${list}).${escalation}` }, ...inDraft];
  },
});
