import { matchCase } from '../engine/match-case';
import { substitutions } from './kinds/substitution';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'terms.preferred',
    description: "A word the plan's terminology replaces; the fix uses the preferred term.",
    surfaces: ['post', 'comment'],
    fixable: true,
    severity: 'warning',
  },
  check(context) {
    const preferred = context.plan.terms.preferred;
    const owners = preferred.flatMap((p) => p.insteadOf.map(() => p));
    return substitutions(context, { owner: preferred, terms: () => preferred.flatMap((p) => p.insteadOf), entryOf: (i) => owners[i]! }, (entry, found) => {
      const use = matchCase(found, entry.use);
      return { message: `Say "${use}" instead of "${found}".`, replacement: use };
    });
  },
});
