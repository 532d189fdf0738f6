import { CHANNEL_LIMITS } from '../channels/limits';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'mentions.max',
    description: "More @mentions than the plan allows, or than the platform's cap (Instagram: 20).",
    surfaces: ['post'],
    fixable: false,
    severity: 'warning',
  },
  check({ segments, rules, channel }) {
    const mentions = segments.mentions;
    const cap = CHANNEL_LIMITS[channel].maxMentions;
    const max = Math.min(rules.mentions.max ?? Infinity, cap ?? Infinity);
    if (mentions.length <= max) return [];
    const overCap = cap !== undefined && mentions.length > cap;
    return [{
      ...(overCap ? { severity: 'error' as const } : {}),
      message: `${mentions.length} @mentions: ${overCap && max === cap ? `Instagram allows at most ${cap}` : `the plan allows at most ${max}`} per post.`,
      start: mentions[max]!.start,
      end: mentions[mentions.length - 1]!.end,
    }];
  },
});
