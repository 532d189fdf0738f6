import { matcherFor } from '../engine/terms';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'cta.missing',
    description: "The plan requires a call to action and none of its phrases is in the post.",
    surfaces: ['post'],
    fixable: false,
    severity: 'warning',
  },
  check({ rules, segments, text }) {
    const { required, phrases } = rules.cta;
    if (!required || !phrases.length) return [];
    if (matcherFor(phrases, () => phrases).find(segments.words, text, segments.links, segments.wordIndex).length) return [];
    const list = phrases.map((p) => `"${p}"`).join(', ');
    return [{ message: `Add a call to action: ${list}.`, start: text.length, end: text.length }];
  },
});
