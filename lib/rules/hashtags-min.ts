import { defineMessages, formatNumber as n } from './messages';
import { defineRule } from './rule';

const MESSAGES = defineMessages({
  en: { tooFew: (count: number, min: number) => `${n('en', count)} hashtag${count === 1 ? '' : 's'}: the plan asks for at least ${n('en', min)}.` },
  nb: { tooFew: (count: number, min: number) => `${n('nb', count)} ${count === 1 ? 'emneknagg' : 'emneknagger'}: planen ber om minst ${n('nb', min)}.` },
});

export default defineRule({
  meta: {
    id: 'hashtags.min',
    description: 'Fewer hashtags than the plan asks for.',
    surfaces: ['post'],
    fixable: false,
    severity: 'warning',
  },
  check({ segments, rules, text, messageLocale }) {
    const min = rules.hashtags.min;
    const count = segments.hashtags.length;
    if (min === undefined || count >= min) return [];
    return [{ message: MESSAGES[messageLocale].tooFew(count, min), start: text.length, end: text.length }];
  },
});
