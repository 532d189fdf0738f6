import { CHANNEL_LIMITS } from '../channels/limits';
import { tooMany } from './kinds/occurrence';
import { defineMessages, formatNumber as n } from './messages';
import { defineRule } from './rule';

const MESSAGES = defineMessages({
  en: {
    hashtags: (count: number) => `${n('en', count)} ${count === 1 ? 'hashtag' : 'hashtags'}`,
    overCap: (count: string, cap: number) => `${count}: Instagram allows at most ${n('en', cap)} per post.`,
    overPlan: (count: string, max: number, cap?: number) => `${count}: the plan allows at most ${n('en', max)}${cap === undefined ? '' : ` (and Instagram ${n('en', cap)})`}.`,
  },
  nb: {
    hashtags: (count: number) => `${n('nb', count)} ${count === 1 ? 'emneknagg' : 'emneknagger'}`,
    overCap: (count: string, cap: number) => `${count}: Instagram tillater maks ${n('nb', cap)} per innlegg.`,
    overPlan: (count: string, max: number, cap?: number) => `${count}: planen tillater maks ${n('nb', max)}${cap === undefined ? '' : ` (og Instagram ${n('nb', cap)})`}.`,
  },
});

export default defineRule({
  meta: {
    id: 'hashtags.max',
    description: "More hashtags than the plan allows, or than the platform's cap (Instagram: 5).",
    surfaces: ['post'],
    fixable: false,
    severity: 'warning',
  },
  check({ segments, rules, channel, messageLocale }) {
    const say = MESSAGES[messageLocale];
    const tags = segments.hashtags;
    const cap = CHANNEL_LIMITS[channel].maxHashtags;
    const planMax = rules.hashtags.max;
    const overCap = cap !== undefined && tags.length > cap;
    if (planMax === undefined || (cap !== undefined && planMax >= cap)) {
      return overCap ? tooMany(tags, cap, () => say.overCap(say.hashtags(tags.length), cap), 'error') : [];
    }
    return tooMany(tags, planMax, () => say.overPlan(say.hashtags(tags.length), planMax, overCap ? cap : undefined), overCap ? 'error' : undefined);
  },
});
