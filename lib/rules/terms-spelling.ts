import { nearMatcherFor } from '../engine/near-terms';
import { nameOccurrences, namesOf } from './kinds/brand-names';
import { defineMessages, quote } from './messages';
import { defineRule, type RuleFinding } from './rule';

const MESSAGES = defineMessages({
  en: { spell: (term: string, found: string) => `Write ${quote('en', term)}, not ${quote('en', found)}.` },
  nb: { spell: (term: string, found: string) => `Skriv ${quote('nb', term)}, ikke ${quote('nb', found)}.` },
});

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
    if (!spelling.length) return [];
    const { entries, names } = namesOf(spelling);
    const { text, segments } = context;
    // Every exact occurrence, right or wrong: the wrong ones are findings, and typos are only
    // looked for away from all of them.
    const occurrences = nameOccurrences(context);
    const exact = occurrences.flatMap(({ start, end, index }): RuleFinding[] => {
      const term = entries[index]!.term;
      const found = text.slice(start, end);
      return found === term ? [] : [{ message: MESSAGES[context.messageLocale].spell(term, found), start, end, fix: { start, end, text: term } }];
    });
    // Then typos ("Nordly Cofee").
    const near = nearMatcherFor(spelling, names).find(segments.words, text, segments.wordIndex, occurrences);
    const typos = near.map(({ start, end, index }): RuleFinding => {
      const term = entries[index]!.term;
      return { message: MESSAGES[context.messageLocale].spell(term, text.slice(start, end)), start, end, fix: { start, end, text: term } };
    });
    return [...exact, ...typos].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  },
});
