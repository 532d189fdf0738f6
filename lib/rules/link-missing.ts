import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'link.missing',
    description: 'The plan requires a link in posts on this channel and there is none.',
    surfaces: ['post'],
    fixable: false,
    severity: 'warning',
  },
  check({ rules, segments, text }) {
    if (!rules.links.required || segments.links.length) return [];
    const where = rules.links.brandDomains[0];
    return [{ message: `Add a link${where ? ` (to ${where})` : ''}.`, start: text.length, end: text.length }];
  },
});
