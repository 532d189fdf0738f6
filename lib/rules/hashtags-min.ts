import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'hashtags.min',
    description: 'Fewer hashtags than the plan asks for.',
    surfaces: ['post'],
    fixable: false,
    severity: 'warning',
  },
  check({ segments, rules, text }) {
    const min = rules.hashtags.min;
    const count = segments.hashtags.length;
    if (min === undefined || count >= min) return [];
    return [{ message: `${count} hashtag${count === 1 ? '' : 's'}: the plan asks for at least ${min}.`, start: text.length, end: text.length }];
  },
});
