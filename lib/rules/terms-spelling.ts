import { matcherFor } from '../engine/terms';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'terms.spelling',
    description: 'A brand or product name written with other casing or spacing than the plan; the fix writes it right.',
    surfaces: ['post', 'comment'],
    fixable: true,
    severity: 'warning',
  },
  check({ plan, segments, text }) {
    const spelling = plan.terms.spelling;
    if (!spelling.length) return [];
    // Each name is looked for as written and run together ("NordlysCoffee" for "Nordlys Coffee").
    const names = spelling.flatMap((s) => {
      const joined = s.term.replace(/[\s\u00A0-]+/gu, '');
      return joined === s.term ? [s.term] : [s.term, joined];
    });
    const matcher = matcherFor(spelling, () => names, { possessive: true });
    return matcher.find(segments.words, text, segments.links).flatMap(({ start, end, index }) => {
      const found = text.slice(start, end);
      const right = spellingOf(names[index]!, spelling.map((s) => s.term));
      if (found === right) return [];
      return [{ message: `Write "${right}", not "${found}".`, start, end, fix: { start, end, text: right } }];
    });
  },
});

function spellingOf(name: string, terms: string[]): string {
  return terms.find((t) => t === name || t.replace(/[\s\u00A0-]+/gu, '') === name) ?? name;
}
