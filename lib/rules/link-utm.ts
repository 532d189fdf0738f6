import { isBrandUrl, utmProblems, withUtm } from '../engine/utm';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'link.utm',
    description: "A link to a brand domain lacks the plan's UTM parameters (or has other values); the fix sets them.",
    surfaces: ['post'],
    fixable: true,
    severity: 'warning',
  },
  check({ rules, segments }) {
    const { utm, brandDomains } = rules.links;
    if (!utm || !brandDomains.length) return [];
    return segments.links.flatMap(({ start, end, url }) => {
      if (!isBrandUrl(url, brandDomains)) return [];
      const problems = utmProblems(url, utm);
      if (!problems.length) return [];
      const list = problems.map((p) => (p.found === undefined ? `${p.key} is missing` : `${p.key} is "${p.found}", not "${p.expected}"`)).join('; ');
      return [{ message: `Brand link without the plan's UTM tags: ${list}.`, start, end, fix: { start, end, text: withUtm(url, utm) } }];
    });
  },
});
