import { matchCase } from '../engine/match-case';
import { preferredOccurrences } from './kinds/brand-names';
import { preferredOwners, substitutions } from './kinds/substitution';
import { defineMessages, quote } from './messages';
import { defineRule } from './rule';

const MESSAGES = defineMessages({
  en: { prefer: (use: string, found: string) => `Say ${quote('en', use)} instead of ${quote('en', found)}.` },
  nb: { prefer: (use: string, found: string) => `Skriv ${quote('nb', use)} i stedet for ${quote('nb', found)}.` },
});

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
    // Built once per plan: planNotes runs this rule for every suggestion of a big plan (rev27).
    const owners = preferredOwners(preferred);
    const list = { owner: preferred, terms: () => preferred.flatMap((p) => p.insteadOf), entryOf: (i: number) => owners[i]!, shielded: preferredOccurrences };
    return substitutions(context, list, (entry, found) => {
      const use = matchCase(found, entry.use);
      return { message: MESSAGES[context.messageLocale].prefer(use, found), replacement: use };
    });
  },
});
