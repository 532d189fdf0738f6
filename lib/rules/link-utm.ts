import { findLinks } from '../engine/segments';
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
      const tagged = withUtm(url, utm);
      const message = MESSAGES[messageLocale].untagged(problems);
      return [swallows(tagged, segments.text, end) ? { message, start, end } : { message, start, end, fix: { start, end, text: tagged } }];
    });
  },
});

/**
 * Would the tagged link take in the text typed right after it? "nordlyscoffee.no/a).@a" links
 * only "nordlyscoffee.no/a", but with a query string the same ").@a" reads as part of it (as X
 * and twitter-text read URLs), so the next check would offer to delete it. The fix is then left
 * out rather than change what the user typed.
 */
function swallows(tagged: string, text: string, end: number): boolean {
  if (end >= text.length || /\s/u.test(text[end]!)) return false;
  const next = text.slice(end, end + 256).split(/\s/u, 1)[0]!;
  const [link] = findLinks(tagged + next);
  return link !== undefined && link.end > tagged.length;
}
