import { hashtagMatches } from './hashtag-keys';
import { defineMessages } from './messages';
import { defineRule } from './rule';

const MESSAGES = defineMessages({
  en: { banned: (tag: string) => `#${tag} is banned by the plan.` },
  nb: { banned: (tag: string) => `#${tag} er forbudt i planen.` },
});

export default defineRule({
  meta: {
    id: 'hashtags.banned',
    description: 'A hashtag the plan bans; the fix removes it.',
    surfaces: ['post'],
    fixable: true,
    severity: 'error',
  },
  check({ segments, rules, text, messageLocale }) {
    const banned = rules.hashtags.banned;
    if (!banned.length) return [];
    return segments.hashtags
      .filter((h) => banned.some((b) => hashtagMatches(h.tag, b)))
      .map((h) => {
        // Remove the space before the hashtag too (or after it, at the start of a line).
        const before = h.start > 0 && /[ \t]/.test(text[h.start - 1]!) ? 1 : 0;
        const after = !before && /[ \t]/.test(text[h.end] ?? '') ? 1 : 0;
        return {
          message: MESSAGES[messageLocale].banned(h.tag),
          start: h.start,
          end: h.end,
          fix: { start: h.start - before, end: h.end + after, text: '' },
        };
      });
  },
});
