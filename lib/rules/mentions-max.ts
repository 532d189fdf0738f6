import { CHANNEL_LIMITS } from '../channels/limits';
import { tooMany } from './kinds/occurrence';
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
    const overCap = cap !== undefined && mentions.length > cap;
    const whose = overCap && max === cap ? `Instagram allows at most ${cap}` : `the plan allows at most ${max}`;
    return tooMany(mentions, max, `${mentions.length} @mentions: ${whose} per post.`, overCap ? 'error' : undefined);
  },
});
