import { matcherFor } from '../engine/terms';
import { substitutions } from './kinds/substitution';
import { defineMessages, quote } from './messages';
import { defineRule } from './rule';

// `escalation` is the plan's own text (with a leading space, or empty), shown as written.
const MESSAGES = defineMessages({
  en: {
    inDraft: (found: string, escalation: string) => `Crisis topic ${quote('en', found)}.${escalation}`,
    inReply: (found: readonly string[], escalation: string) =>
      `The comment you are answering mentions a crisis topic (${found.map((k) => quote('en', k)).join(', ')}).${escalation}`,
  },
  nb: {
    inDraft: (found: string, escalation: string) => `Krisetema: ${quote('nb', found)}.${escalation}`,
    inReply: (found: readonly string[], escalation: string) =>
      `Kommentaren du svarer på nevner et krisetema (${found.map((k) => quote('nb', k)).join(', ')}).${escalation}`,
  },
});

export default defineRule({
  meta: {
    id: 'crisis.keyword',
    description: 'A crisis keyword in the draft or in the comment being answered: escalate before answering.',
    surfaces: ['post', 'comment'],
    fixable: false,
    severity: 'error',
  },
  check(context) {
    const { plan, replyingTo, replySegments, messageLocale } = context;
    const keywords = plan.moderation.crisisKeywords;
    if (!keywords.length) return [];
    const say = MESSAGES[messageLocale];
    const escalation = plan.moderation.escalation ? ` ${plan.moderation.escalation}` : '';
    const inDraft = substitutions(context, { owner: keywords, terms: () => keywords, entryOf: (i) => keywords[i]! }, (_keyword, found) => ({
      message: say.inDraft(found, escalation),
    }));
    if (replyingTo === undefined || !replySegments) return inDraft;
    // Offsets are into the draft, so a keyword in the comment answered is a finding without a range.
    const matches = matcherFor(keywords, () => keywords).find(replySegments.words, replyingTo, replySegments.links, replySegments.wordIndex);
    const inReply = [...new Set(matches.map(({ start, end }) => replyingTo.slice(start, end).toLowerCase()))];
    if (!inReply.length) return inDraft;
    return [{ message: say.inReply(inReply, escalation) }, ...inDraft];
  },
});
