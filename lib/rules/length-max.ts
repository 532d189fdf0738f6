import { CHANNEL_LIMITS } from '../channels/limits';
import { measureLength } from '../engine/length';
import { lengthLimit } from '../engine/stats';
import { defineRule } from './rule';

const CHANNEL_NAMES = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' } as const;

export default defineRule({
  meta: {
    id: 'length.max',
    description: "Over the channel's length limit, or the plan's lower maxLength for posts.",
    surfaces: ['post', 'comment'],
    fixable: false,
    severity: 'error',
  },
  check({ text, channel, surface, plan }) {
    const limit = lengthLimit(channel, surface, plan);
    const { length, overflowAt } = measureLength(text, channel, limit);
    if (length <= limit) return [];
    const unit = CHANNEL_LIMITS[channel].unit === 'twitter-weighted' ? 'weighted characters' : 'characters';
    const whose = limit < CHANNEL_LIMITS[channel].maxLength[surface] ? "the plan's limit" : `${CHANNEL_NAMES[channel]}'s limit`;
    const start = overflowAt ?? text.length;
    return [{ message: `${length - limit} ${unit} over ${whose} of ${limit} (${length}).`, start, end: text.length }];
  },
});
