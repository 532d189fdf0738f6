import { hashtagMatches } from './hashtag-keys';
import { removalFixes } from './kinds/removal';
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
    const found = segments.hashtags.filter((h) => banned.some((b) => hashtagMatches(h.tag, b)));
    // Fixed together, so tags on lines of their own one under another never claim the same break.
    const fixes = removalFixes(text, found);
    return found.map((h, i) => ({ message: MESSAGES[messageLocale].banned(h.tag), start: h.start, end: h.end, fix: fixes[i] }));
  },
});
