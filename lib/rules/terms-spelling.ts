import { nearMatcherFor } from '../engine/near-terms';
import { matcherFor } from '../engine/terms';
import { defineMessages, quote } from './messages';
import type { Plan } from '../plan/types';
import { defineRule, type RuleFinding } from './rule';

const MESSAGES = defineMessages({
  en: { spell: (term: string, found: string) => `Write ${quote('en', term)}, not ${quote('en', found)}.` },
  nb: { spell: (term: string, found: string) => `Skriv ${quote('nb', term)}, ikke ${quote('nb', found)}.` },
});

const runTogether = (term: string) => term.replace(/[\s\u00A0-]+/gu, '');

type Spelling = Plan['terms']['spelling'];
const namesCache = new WeakMap<Spelling, { entries: Spelling[number][]; names: () => string[] }>();

/**
 * Each name as written and run together ("NordlysCoffee" for "Nordlys Coffee"), with the plan
 * entry of each: once per plan (parsed plans are never mutated), not on every keystroke.
 */
function namesOf(spelling: Spelling) {
  let found = namesCache.get(spelling);
  if (!found) {
    const list = spelling.flatMap((s) => (runTogether(s.term) === s.term ? [{ entry: s, name: s.term }] : [{ entry: s, name: s.term }, { entry: s, name: runTogether(s.term) }]));
    const names = list.map((n) => n.name);
    found = { entries: list.map((n) => n.entry), names: () => names };
    namesCache.set(spelling, found);
  }
  return found;
}

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
    const occurrences = matcherFor(spelling, names, { possessive: true }).find(segments.words, text, segments.links, segments.wordIndex);
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
