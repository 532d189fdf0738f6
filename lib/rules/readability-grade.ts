import { readability } from '../engine/readability';
import { defineMessages, formatNumber as n } from './messages';
import { defineRule } from './rule';

/** A grade reading: LIX score and band for Norwegian posts, a Flesch–Kincaid grade for English. */
interface Reading {
  lix?: number;
  grade: number;
  target: number;
}

const MESSAGES = defineMessages({
  en: {
    tooHard: ({ lix, grade, target }: Reading) =>
      `Reads at ${lix === undefined ? `grade ${n('en', grade, 1)}` : `LIX ${n('en', lix, 0)}, grade ${n('en', grade)}`}; the audience reads comfortably up to grade ${n('en', target)}. Shorter sentences and words help.`,
  },
  nb: {
    tooHard: ({ lix, grade, target }: Reading) =>
      `Tungt å lese: ${lix === undefined ? `klassetrinn ${n('nb', grade, 1)}` : `LIX ${n('nb', lix, 0)}, klassetrinn ${n('nb', grade)}`}, men målgruppen leser lett bare opp til klassetrinn ${n('nb', target)}. Kortere setninger og ord hjelper.`,
  },
});

/**
 * A grade needs a sentence to grade: one or two words ("Happy Friday!") are a fragment, and any
 * formula over them says more about one word than about the text. Three words already make a
 * clause a reader can stumble over ("Institutional responsibilities necessitate…").
 */
export const MIN_WORDS = 3;

/**
 * LIX adds the percentage of words over six letters, so in a post of n words one word moves it by
 * 100/n points, and a band is 10 points wide: under ten words a single compound decides the grade.
 * Norwegian writes compounds as one word ("pepperkakene", "vinterblandingen") where English writes
 * two, so "Julekaffen er her ☕ Perfekt til pepperkakene." read as LIX 50, grade 15. From ten words on,
 * no one word moves the reading by more than a band.
 */
export const MIN_WORDS_LIX = 10;

export default defineRule({
  meta: {
    id: 'readability.grade',
    description: "Reading grade above the lowest readingGrade of the audiences on this channel (en: Flesch–Kincaid; nb: LIX bands).",
    surfaces: ['post'],
    fixable: false,
    severity: 'info',
  },
  check({ plan, channel, segments, messageLocale }) {
    const grades = plan.audiences
      .filter((a) => a.readingGrade !== undefined && (!a.channels || a.channels.includes(channel)))
      .map((a) => a.readingGrade!);
    if (!grades.length) return [];
    const target = Math.min(...grades);
    const result = readability(segments.words, segments.sentences, plan.locale);
    if (result.words < (plan.locale === 'nb' ? MIN_WORDS_LIX : MIN_WORDS) || result.grade <= target) return [];
    const reading = { grade: result.grade, target, ...(plan.locale === 'nb' ? { lix: result.score } : {}) };
    return [{ message: MESSAGES[messageLocale].tooHard(reading) }];
  },
});
