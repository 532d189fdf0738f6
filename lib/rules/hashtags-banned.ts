import { hashtagMatches } from './hashtag-keys';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'hashtags.banned',
    description: 'A hashtag the plan bans; the fix removes it.',
    surfaces: ['post'],
    fixable: true,
    severity: 'error',
  },
  check({ segments, rules, text }) {
    const banned = rules.hashtags.banned;
    if (!banned.length) return [];
    return segments.hashtags
      .filter((h) => banned.some((b) => hashtagMatches(h.tag, b)))
      .map((h) => {
        // Remove the space before the hashtag too (or after it, at the start of a line).
        const before = h.start > 0 && /[ \t]/.test(text[h.start - 1]!) ? 1 : 0;
        const after = !before && /[ \t]/.test(text[h.end] ?? '') ? 1 : 0;
        return {
          message: `#${h.tag} is banned by the plan.`,
          start: h.start,
          end: h.end,
          fix: { start: h.start - before, end: h.end + after, text: '' },
        };
      });
  },
});
