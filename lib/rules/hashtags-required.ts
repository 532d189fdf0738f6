import { CHANNEL_LIMITS } from '../channels/limits';
import { measureLength } from '../engine/length';
import { lengthLimit } from '../engine/stats';
import { hashtagKey, hashtagMatches } from './hashtag-keys';
import { defineMessages } from './messages';
import { defineRule } from './rule';

const MESSAGES = defineMessages({
  en: {
    missing: (tag: string) => `Missing the required hashtag ${tag}.`,
    noRoom: (tag: string) => `Missing the required hashtag ${tag}, and there is no room to add it: shorten the post or drop another hashtag first.`,
  },
  nb: {
    missing: (tag: string) => `Mangler ${tag}, som planen krever.`,
    noRoom: (tag: string) => `Mangler ${tag}, som planen krever, og det er ikke plass til den: gjør innlegget kortere eller fjern en annen emneknagg først.`,
  },
});

export default defineRule({
  meta: {
    id: 'hashtags.required',
    description: 'A hashtag the plan requires is missing; the fix appends it.',
    surfaces: ['post'],
    fixable: true,
    severity: 'warning',
  },
  check({ segments, rules, text, channel, surface, plan, messageLocale }) {
    const present = segments.hashtags;
    const separator = text === '' || /\s$/u.test(text) ? '' : ' ';
    const limit = lengthLimit(channel, surface, plan);
    const maxTags = Math.min(rules.hashtags.max ?? Infinity, CHANNEL_LIMITS[channel].maxHashtags ?? Infinity);
    return rules.hashtags.required
      .filter((required) => !present.some((h) => hashtagMatches(h.tag, required)))
      .map((required) => {
        const tag = `#${required.replace(/^[#＃]/, '').replace(/\*$/, '')}`;
        const at = { start: text.length, end: text.length };
        // A prefix entry ("#Nordlys*") names no single hashtag to add.
        if (hashtagKey(required).endsWith('*')) return { message: MESSAGES[messageLocale].missing(tag), ...at };
        // A fix that pushed the post over its length limit, or over the hashtags allowed, would
        // trade this warning for an error.
        const added = `${separator}${tag}`;
        if (measureLength(text + added, channel, Infinity).length > limit || present.length + 1 > maxTags) return { message: MESSAGES[messageLocale].noRoom(tag), ...at };
        return { message: MESSAGES[messageLocale].missing(tag), ...at, fix: { ...at, text: added } };
      });
  },
});
