import { CHANNEL_LIMITS } from '../channels/limits';
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
    if (cap !== undefined && tags.length > cap && (planMax === undefined || planMax >= cap)) {
      return [{ severity: 'error', message: `${tags.length} hashtags: Instagram allows at most ${cap} per post.`, start: tags[cap]!.start, end: tags[tags.length - 1]!.end }];
    }
    if (planMax !== undefined && tags.length > planMax) {
      const overCap = cap !== undefined && tags.length > cap;
      return [{
        ...(overCap ? { severity: 'error' as const } : {}),
        message: `${tags.length} hashtags: the plan allows at most ${planMax}${overCap ? ` (and Instagram ${cap})` : ''}.`,
        start: tags[planMax]!.start,
        end: tags[tags.length - 1]!.end,
      }];
    }
    return [];
  },
});
