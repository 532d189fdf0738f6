import { tooMany } from './kinds/occurrence';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'emoji.max',
    description: 'More emoji than the plan allows (👍🏽 and 👨‍👩‍👧 count one each).',
    surfaces: ['post'],
    fixable: false,
    severity: 'warning',
  },
  check({ segments, rules }) {
    const max = rules.emoji.max;
    if (max === undefined) return [];
    const emoji = segments.emoji;
    return tooMany(emoji, max, `${emoji.length} emoji: the plan allows at most ${max}.`);
  },
});
