import { matchCase } from '../engine/match-case';
import { substitutions } from './kinds/substitution';
import { defineMessages, quote } from './messages';
import { defineRule } from './rule';

// The plan's reason is its own text, shown as written, as a sentence of its own: "We sell on
// quality" ran into the suggestion ("…quality Say …"; QA39).
const asSentence = (reason: string | undefined) => {
  const text = reason?.trim();
  if (!text) return '';
  return ` ${/[.!?…:;)\]»"”']$/u.test(text) ? text : `${text}.`}`;
};
const MESSAGES = defineMessages({
  en: { avoid: (found: string, reason?: string, suggestion?: string) => `Avoid ${quote('en', found)}.${asSentence(reason)}${suggestion ? ` Say ${quote('en', suggestion)}.` : ''}` },
  nb: { avoid: (found: string, reason?: string, suggestion?: string) => `Unngå ${quote('nb', found)}.${asSentence(reason)}${suggestion ? ` Skriv ${quote('nb', suggestion)}.` : ''}` },
});

export default defineRule({
  meta: {
    id: 'terms.banned',
    description: "A term the plan bans; the fix uses the plan's suggestion when it has one.",
    surfaces: ['post', 'comment'],
    fixable: true,
    severity: 'error',
  },
  check(context) {
    const banned = context.plan.terms.banned;
    return substitutions(context, { owner: banned, terms: () => banned.map((b) => b.term), entryOf: (i) => banned[i]! }, (entry, found) => {
      const suggestion = entry.suggest === undefined ? undefined : matchCase(found, entry.suggest);
      return {
        message: MESSAGES[context.messageLocale].avoid(found, entry.reason, suggestion),
        ...(suggestion === undefined ? {} : { replacement: suggestion }),
      };
    });
  },
});
