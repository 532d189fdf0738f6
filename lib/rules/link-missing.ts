import { defineMessages } from './messages';
import { defineRule } from './rule';

const MESSAGES = defineMessages({
  en: { add: (domain?: string) => `Add a link${domain ? ` (to ${domain})` : ''}.` },
  nb: { add: (domain?: string) => `Legg til en lenke${domain ? ` (til ${domain})` : ''}.` },
});

export default defineRule({
  meta: {
    id: 'link.missing',
    description: 'The plan requires a link in posts on this channel and there is none.',
    surfaces: ['post'],
    fixable: false,
    severity: 'warning',
  },
  check({ rules, segments, text, messageLocale }) {
    if (!rules.links.required || segments.links.length) return [];
    return [{ message: MESSAGES[messageLocale].add(rules.links.brandDomains[0]), start: text.length, end: text.length }];
  },
});
