import { readability } from '../engine/readability';
import { defineRule } from './rule';

/** Below this many words a grade formula says more about one long word than about the text. */
export const MIN_WORDS = 10;

export default defineRule({
  meta: {
    id: 'readability.grade',
    description: "Reading grade above the lowest readingGrade of the audiences on this channel (en: Flesch–Kincaid; nb: LIX bands).",
    surfaces: ['post'],
    fixable: false,
    severity: 'info',
  },
  check({ plan, channel, segments }) {
    const grades = plan.audiences
      .filter((a) => a.readingGrade !== undefined && (!a.channels || a.channels.includes(channel)))
      .map((a) => a.readingGrade!);
    if (!grades.length) return [];
    const target = Math.min(...grades);
    const result = readability(segments.words, segments.sentences, plan.locale);
    if (result.words < MIN_WORDS || result.grade <= target) return [];
    const how = plan.locale === 'nb' ? `LIX ${result.score.toFixed(0)}, grade ${result.grade}` : `grade ${result.grade.toFixed(1)}`;
    return [{ message: `Reads at ${how}; the audience reads comfortably up to grade ${target}. Shorter sentences and words help.` }];
  },
});
