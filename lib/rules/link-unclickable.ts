import { CHANNEL_LIMITS } from '../channels/limits';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'link.unclickable',
    description: 'A URL in a caption where links are not clickable (Instagram).',
    surfaces: ['post'],
    fixable: false,
    severity: 'warning',
  },
  check({ channel, segments }) {
    if (CHANNEL_LIMITS[channel].linksClickable) return [];
    return segments.links.map(({ start, end }) => ({
      message: 'Links in Instagram captions are not clickable: put it in the bio and say "link in bio".',
      start,
      end,
    }));
  },
});
