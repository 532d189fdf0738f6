import { matchCase } from '../engine/match-case';
import { matcherFor } from '../engine/terms';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'terms.preferred',
    description: "A word the plan's terminology replaces; the fix uses the preferred term.",
    surfaces: ['post', 'comment'],
    fixable: true,
    severity: 'warning',
  },
  check({ plan, segments, text }) {
    const preferred = plan.terms.preferred;
    if (!preferred.length) return [];
    const owners = preferred.flatMap((p) => p.insteadOf.map(() => p));
    const matcher = matcherFor(preferred, () => preferred.flatMap((p) => p.insteadOf));
    return matcher.find(segments.words, text, segments.links).map(({ start, end, index }) => {
      const found = text.slice(start, end);
      const use = matchCase(found, owners[index]!.use);
      return { message: `Say "${use}" instead of "${found}".`, start, end, fix: { start, end, text: use } };
    });
  },
});
