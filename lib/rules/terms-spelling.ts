import { nearMatcherFor } from '../engine/near-terms';
import { matcherFor } from '../engine/terms';
import { substitutions } from './kinds/substitution';
import { defineMessages, quote } from './messages';
import { defineRule, type RuleFinding } from './rule';

const MESSAGES = defineMessages({
  en: { spell: (term: string, found: string) => `Write ${quote('en', term)}, not ${quote('en', found)}.` },
  nb: { spell: (term: string, found: string) => `Skriv ${quote('nb', term)}, ikke ${quote('nb', found)}.` },
});

const runTogether = (term: string) => term.replace(/[\s\u00A0-]+/gu, '');

export default defineRule({
  meta: {
    id: 'terms.spelling',
    description: 'A brand or product name written with other casing, spacing or a typo; the fix writes it as the plan does.',
    surfaces: ['post', 'comment'],
    fixable: true,
    severity: 'warning',
  },
  check(context) {
    const spelling = context.plan.terms.spelling;
    // Each name is looked for as written and run together ("NordlysCoffee" for "Nordlys Coffee").
    const entries = spelling.flatMap((s) => (runTogether(s.term) === s.term ? [s] : [s, s]));
    const names = () => spelling.flatMap((s) => (runTogether(s.term) === s.term ? [s.term] : [s.term, runTogether(s.term)]));
    const exact = substitutions(context, { owner: spelling, terms: names, entryOf: (i) => entries[i]!, possessive: true }, (entry, found) =>
      found === entry.term ? undefined : { message: MESSAGES[context.messageLocale].spell(entry.term, found), replacement: entry.term },
    );
    if (!spelling.length) return exact;
    // Then typos ("Nordly Cofee"), away from every exact occurrence, right or wrong.
    const { text, segments } = context;
    const near = nearMatcherFor(spelling, names).find(segments.words, text, segments.wordIndex, matcherFor(spelling, names, { possessive: true }).find(segments.words, text, segments.links, segments.wordIndex));
    const typos = near.map(({ start, end, index }): RuleFinding => {
      const term = entries[index]!.term;
      return { message: MESSAGES[context.messageLocale].spell(term, text.slice(start, end)), start, end, fix: { start, end, text: term } };
    });
    return [...exact, ...typos].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  },
});
