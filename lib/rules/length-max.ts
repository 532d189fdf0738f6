import { CHANNEL_LIMITS } from '../channels/limits';
import { measureLength } from '../engine/length';
import { lengthLimit } from '../engine/stats';
import type { ChannelId } from '../engine/types';
import { defineMessages, formatNumber as n } from './messages';
import { defineRule } from './rule';

const CHANNEL_NAMES = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' } as const;

interface Over {
  over: number;
  weighted: boolean;
  /** The channel whose own limit it is; undefined for the plan's lower limit. */
  channel?: ChannelId;
  limit: number;
  length: number;
}

const MESSAGES = defineMessages({
  en: {
    over: ({ over, weighted, channel, limit, length }: Over) =>
      `${n('en', over)} character${over === 1 ? '' : 's'} over ${channel ? `${CHANNEL_NAMES[channel]}'s limit` : "the plan's limit"} of ${n('en', limit)} (${n('en', length)}${weighted ? '; on X a link counts as 23, an emoji or a CJK character as 2' : ''}).`,
  },
  nb: {
    over: ({ over, weighted, channel, limit, length }: Over) =>
      `${n('nb', over)} tegn for langt: ${channel ? CHANNEL_NAMES[channel] : 'planen'} tillater ${n('nb', limit)} (utkastet har ${n('nb', length)}${weighted ? '; på X teller en lenke som 23, en emoji eller et CJK-tegn som 2' : ''}).`,
  },
});

export default defineRule({
  meta: {
    id: 'length.max',
    description: "Over the channel's length limit, or the plan's lower maxLength for posts.",
    surfaces: ['post', 'comment'],
    fixable: false,
    severity: 'error',
  },
  check({ text, channel, surface, plan, messageLocale }) {
    const limit = lengthLimit(channel, surface, plan);
    const { length, overflowAt } = measureLength(text, channel, limit);
    if (length <= limit) return [];
    // Said only where it is why the count differs from the characters one sees (rev25): a draft
    // of plain Latin text counts as it reads.
    const weighted = CHANNEL_LIMITS[channel].unit === 'twitter-weighted' && length !== [...text.normalize()].length;
    const plansLimit = limit < CHANNEL_LIMITS[channel].maxLength[surface];
    const message = MESSAGES[messageLocale].over({ over: length - limit, weighted, ...(plansLimit ? {} : { channel }), limit, length });
    return [{ message, start: overflowAt ?? text.length, end: text.length }];
  },
});
