import { CHANNEL_LIMITS } from '../channels/limits';
import { tooMany } from './kinds/occurrence';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'hashtags.max',
    description: "More hashtags than the plan allows, or than the platform's cap (Instagram: 5).",
    surfaces: ['post'],
    fixable: false,
    severity: 'warning',
  },
  check({ segments, rules, channel }) {
    const tags = segments.hashtags;
    const cap = CHANNEL_LIMITS[channel].maxHashtags;
    const planMax = rules.hashtags.max;
    const overCap = cap !== undefined && tags.length > cap;
    if (planMax === undefined || (cap !== undefined && planMax >= cap)) {
      return overCap ? tooMany(tags, cap, `${tags.length} hashtags: Instagram allows at most ${cap} per post.`, 'error') : [];
    }
    return tooMany(tags, planMax, `${tags.length} hashtags: the plan allows at most ${planMax}${overCap ? ` (and Instagram ${cap})` : ''}.`, overCap ? 'error' : undefined);
  },
});
