import { isBrandUrl, utmProblems, withUtm } from '../engine/utm';
import { defineMessages, quote } from './messages';
import { defineRule } from './rule';

type Problem = ReturnType<typeof utmProblems>[number];

const MESSAGES = defineMessages({
  en: {
    untagged: (problems: readonly Problem[]) =>
      `Brand link without the plan's UTM tags: ${problems.map((p) => (p.found === undefined ? `${p.key} is missing` : `${p.key} is ${quote('en', p.found)}, not ${quote('en', p.expected)}`)).join('; ')}.`,
  },
  nb: {
    untagged: (problems: readonly Problem[]) =>
      `Lenken til merkevaren mangler planens UTM-koder: ${problems.map((p) => (p.found === undefined ? `${p.key} mangler` : `${p.key} er ${quote('nb', p.found)}, ikke ${quote('nb', p.expected)}`)).join('; ')}.`,
  },
});

export default defineRule({
  meta: {
    id: 'link.utm',
    description: "A link to a brand domain lacks the plan's UTM parameters (or has other values); the fix sets them.",
    surfaces: ['post'],
    fixable: true,
    severity: 'warning',
  },
  check({ rules, segments, messageLocale }) {
    const { utm, brandDomains } = rules.links;
    if (!utm || !brandDomains.length) return [];
    return segments.links.flatMap(({ start, end, url }) => {
      if (!isBrandUrl(url, brandDomains)) return [];
      const problems = utmProblems(url, utm);
      if (!problems.length) return [];
      return [{ message: MESSAGES[messageLocale].untagged(problems), start, end, fix: { start, end, text: withUtm(url, utm) } }];
    });
  },
});
