import { tooMany } from './kinds/occurrence';
import { defineMessages, formatNumber as n } from './messages';
import { defineRule } from './rule';

const MESSAGES = defineMessages({
  en: { tooMany: (count: number, max: number) => `${n('en', count)} emoji: the plan allows at most ${n('en', max)}.` },
  nb: { tooMany: (count: number, max: number) => `${n('nb', count)} ${count === 1 ? 'emoji' : 'emojier'}: planen tillater maks ${n('nb', max)}.` },
});

export default defineRule({
  meta: {
    id: 'emoji.max',
    description: 'More emoji than the plan allows (👍🏽 and 👨‍👩‍👧 count one each).',
    surfaces: ['post'],
    fixable: false,
    severity: 'warning',
  },
  check({ segments, rules, messageLocale }) {
    const max = rules.emoji.max;
    if (max === undefined) return [];
    const emoji = segments.emoji;
    return tooMany(emoji, max, () => MESSAGES[messageLocale].tooMany(emoji.length, max));
  },
});
