import { matchCase } from '../engine/match-case';
import { matcherFor } from '../engine/terms';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'terms.banned',
    description: "A term the plan bans; the fix uses the plan's suggestion when it has one.",
    surfaces: ['post', 'comment'],
    fixable: true,
    severity: 'error',
  },
  check({ plan, segments, text }) {
    const banned = plan.terms.banned;
    if (!banned.length) return [];
    const matcher = matcherFor(banned, () => banned.map((b) => b.term));
    return matcher.find(segments.words, text, segments.links).map(({ start, end, index }) => {
      const entry = banned[index]!;
      const found = text.slice(start, end);
      const reason = entry.reason ? ` ${entry.reason}` : '';
      const suggestion = entry.suggest === undefined ? undefined : matchCase(found, entry.suggest);
      return {
        message: `Avoid "${found}".${reason}${suggestion ? ` Say "${suggestion}".` : ''}`,
        start,
        end,
        ...(suggestion === undefined ? {} : { fix: { start, end, text: suggestion } }),
      };
    });
  },
});
