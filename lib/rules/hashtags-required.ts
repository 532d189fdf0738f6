import { hashtagKey, hashtagMatches } from './hashtag-keys';
import { defineMessages } from './messages';
import { defineRule } from './rule';

const MESSAGES = defineMessages({
  en: { missing: (tag: string) => `Missing the required hashtag ${tag}.` },
  nb: { missing: (tag: string) => `Mangler ${tag}, som planen krever.` },
});

export default defineRule({
  meta: {
    id: 'hashtags.required',
    description: 'A hashtag the plan requires is missing; the fix appends it.',
    surfaces: ['post'],
    fixable: true,
    severity: 'warning',
  },
  check({ segments, rules, text, messageLocale }) {
    const present = segments.hashtags;
    const separator = text === '' || /\s$/u.test(text) ? '' : ' ';
    return rules.hashtags.required
      .filter((required) => !present.some((h) => hashtagMatches(h.tag, required)))
      .map((required) => {
        const tag = `#${required.replace(/^[#＃]/, '').replace(/\*$/, '')}`;
        const finding = { message: MESSAGES[messageLocale].missing(tag), start: text.length, end: text.length };
        // A prefix entry ("#Nordlys*") names no single hashtag to add.
        return hashtagKey(required).endsWith('*') ? finding : { ...finding, fix: { start: text.length, end: text.length, text: `${separator}${tag}` } };
      });
  },
});
