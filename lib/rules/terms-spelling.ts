import { substitutions } from './kinds/substitution';
import { defineMessages, quote } from './messages';
import { defineRule } from './rule';

const MESSAGES = defineMessages({
  en: { spell: (term: string, found: string) => `Write ${quote('en', term)}, not ${quote('en', found)}.` },
  nb: { spell: (term: string, found: string) => `Skriv ${quote('nb', term)}, ikke ${quote('nb', found)}.` },
});

const runTogether = (term: string) => term.replace(/[\s\u00A0-]+/gu, '');

export default defineRule({
  meta: {
    id: 'terms.spelling',
    description: 'A brand or product name written with other casing or spacing than the plan; the fix writes it right.',
    surfaces: ['post', 'comment'],
    fixable: true,
    severity: 'warning',
  },
  check(context) {
    const spelling = context.plan.terms.spelling;
    // Each name is looked for as written and run together ("NordlysCoffee" for "Nordlys Coffee").
    const entries = spelling.flatMap((s) => (runTogether(s.term) === s.term ? [s] : [s, s]));
    const names = spelling.flatMap((s) => (runTogether(s.term) === s.term ? [s.term] : [s.term, runTogether(s.term)]));
    return substitutions(context, { owner: spelling, terms: () => names, entryOf: (i) => entries[i]!, possessive: true }, (entry, found) =>
      found === entry.term ? undefined : { message: MESSAGES[context.messageLocale].spell(entry.term, found), replacement: entry.term },
    );
  },
});
