import { CHANNEL_LIMITS } from '../channels/limits';
import { tooMany } from './kinds/occurrence';
import { defineMessages, formatNumber as n } from './messages';
import { defineRule } from './rule';

const MESSAGES = defineMessages({
  en: {
    tooMany: (count: number, max: number, byInstagram: boolean) =>
      `${n('en', count)} @mention${count === 1 ? '' : 's'}: ${byInstagram ? 'Instagram' : 'the plan'} allows at most ${n('en', max)} per post.`,
  },
  nb: {
    tooMany: (count: number, max: number, byInstagram: boolean) =>
      `${n('nb', count)} ${count === 1 ? '@-omtale' : '@-omtaler'}: ${byInstagram ? 'Instagram' : 'planen'} tillater maks ${n('nb', max)} per innlegg.`,
  },
});

export default defineRule({
  meta: {
    id: 'mentions.max',
    description: "More @mentions than the plan allows, or than the platform's cap (Instagram: 20).",
    surfaces: ['post'],
    fixable: false,
    severity: 'warning',
  },
  check({ segments, rules, channel, messageLocale }) {
    const mentions = segments.mentions;
    const cap = CHANNEL_LIMITS[channel].maxMentions;
    const max = Math.min(rules.mentions.max ?? Infinity, cap ?? Infinity);
    const overCap = cap !== undefined && mentions.length > cap;
    const byInstagram = overCap && max === cap;
    return tooMany(mentions, max, () => MESSAGES[messageLocale].tooMany(mentions.length, max, byInstagram), overCap ? 'error' : undefined);
  },
});
