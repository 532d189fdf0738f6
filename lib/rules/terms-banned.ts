import { matchCase } from '../engine/match-case';
import { substitutions } from './kinds/substitution';
import { defineRule } from './rule';

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
      const reason = entry.reason ? ` ${entry.reason}` : '';
      return {
        message: `Avoid "${found}".${reason}${suggestion ? ` Say "${suggestion}".` : ''}`,
        ...(suggestion === undefined ? {} : { replacement: suggestion }),
      };
    });
  },
});
