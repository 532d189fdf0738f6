import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'tone.shouting',
    description: 'Shouting: runs of three or more !/? or two or more all-caps words (acronyms are fine).',
    surfaces: ['post', 'comment'],
    fixable: false,
    severity: 'warning',
  },
  check({ tone, text }) {
    const analysis = tone();
    if (!analysis) return [];
    return analysis.shouting
      .filter((s) => s.start >= 0 && s.start < s.end && s.end <= text.length)
      .map((s) => {
        const found = text.slice(s.start, s.end);
        return { message: /^[!?¡¿！？]+$/u.test(found) ? `"${found}" reads as shouting.` : `"${found}" in capitals reads as shouting.`, start: s.start, end: s.end };
      });
  },
});
