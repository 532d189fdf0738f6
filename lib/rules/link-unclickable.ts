import { CHANNEL_LIMITS } from '../channels/limits';
import { defineMessages } from './messages';
import { defineRule } from './rule';

const MESSAGES = defineMessages({
  en: { unclickable: 'Links in Instagram captions are not clickable: put it in the bio and say "link in bio".' },
  nb: { unclickable: 'Lenker i Instagram-tekster er ikke klikkbare: legg lenken i bioen og skriv «lenke i bio».' },
});

export default defineRule({
  meta: {
    id: 'link.unclickable',
    description: 'A URL in a caption where links are not clickable (Instagram).',
    surfaces: ['post'],
    fixable: false,
    severity: 'warning',
  },
  check({ channel, segments, messageLocale }) {
    if (CHANNEL_LIMITS[channel].linksClickable) return [];
    return segments.links.map(({ start, end }) => ({
      message: MESSAGES[messageLocale].unclickable,
      start,
      end,
    }));
  },
});
