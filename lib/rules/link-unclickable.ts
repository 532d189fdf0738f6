import { CHANNEL_LIMITS } from '../channels/limits';
import { defineMessages } from './messages';
import { defineRule } from './rule';

// The phrase to write is the plan's own call to action about the bio when it has one, so following
// this advice also satisfies cta.missing; otherwise the usual phrase in the message's language.
const MESSAGES = defineMessages({
  en: { unclickable: (phrase = 'link in bio') => `Links in Instagram captions are not clickable: put it in the bio and say "${phrase}".` },
  nb: { unclickable: (phrase = 'lenke i bio') => `Lenker i Instagram-tekster er ikke klikkbare: legg lenken i bioen og skriv «${phrase}».` },
});

export default defineRule({
  meta: {
    id: 'link.unclickable',
    description: 'A URL in a caption where links are not clickable (Instagram).',
    surfaces: ['post'],
    fixable: false,
    severity: 'warning',
  },
  check({ channel, segments, messageLocale, rules }) {
    if (CHANNEL_LIMITS[channel].linksClickable || !segments.links.length) return [];
    const message = MESSAGES[messageLocale].unclickable(rules.cta.phrases.find((p) => /\bbio\b/iu.test(p)));
    return segments.links.map(({ start, end }) => ({
      message,
      start,
      end,
    }));
  },
});
