import { lixGrade, readability } from '../engine/readability';
import { defineMessages, formatNumber as n } from './messages';
import { defineRule } from './rule';

/** A grade reading: LIX score and band for Norwegian posts, a Flesch–Kincaid grade for English. */
interface Reading {
  lix?: number;
  grade: number;
  target: number;
}

/**
 * LIX is said with its usual band name, not the grade it maps to: SPEC §3 reads LIX ≥ 60 as grade
 * 18, a school year no Norwegian reader knows ("klassetrinn 18"). The audience's target stays a grade.
 */
const LIX_BANDS = {
  en: ['very easy', 'easy', 'medium', 'hard', 'very hard'],
  nb: ['svært lett', 'lett', 'middels tung', 'tung', 'svært tung'],
} as const;
const lixBand = (lix: number) => Math.min(4, Math.max(0, Math.floor((lix - 20) / 10)));

const MESSAGES = defineMessages({
  en: {
    tooHard: ({ lix, grade, target }: Reading) =>
      `Reads at ${lix === undefined ? `grade ${n('en', grade, 1)}` : `LIX ${n('en', lix, 0)}, ${LIX_BANDS.en[lixBand(lix)]} text`}; the audience reads comfortably up to grade ${n('en', target)}. Shorter sentences and words help.`,
  },
  nb: {
    tooHard: ({ lix, grade, target }: Reading) =>
      `Tungt å lese: ${lix === undefined ? `klassetrinn ${n('nb', grade, 1)}` : `LIX ${n('nb', lix, 0)}, ${LIX_BANDS.nb[lixBand(lix)]} tekst`}, men målgruppen leser lett bare opp til klassetrinn ${n('nb', target)}. Kortere setninger og ord hjelper.`,
  },
});

/**
 * A grade needs a sentence to grade: one or two words ("Happy Friday!") are a fragment, and any
 * formula over them says more about one word than about the text. Three words already make a
 * clause a reader can stumble over ("Institutional responsibilities necessitate…").
 */
export const MIN_WORDS = 3;

/**
 * The grade a Norwegian post reads at with one long word fewer. LIX adds the percentage of words
 * over six letters, so in a post of n words one word moves it by 100/n points, and a band is 10
 * points wide: in a short post one compound decides the grade, and Norwegian writes compounds as
 * one word ("pepperkakene", "vinterblandingen") where English writes two ("Julekaffen er her ☕
 * Perfekt til pepperkakene." read as LIX 56, grade 15). A post is flagged only when it is too hard
 * even without one of its long words: in a long text that changes nothing, in a short one it
 * spares the single compound and still catches a run of them.
 */
function lixGradeWithOneLongWordLess(words: number, sentences: number, long: number): number {
  return lixGrade(words / Math.max(1, sentences) + (100 * Math.max(0, long - 1)) / words);
}

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
    if (result.words < MIN_WORDS || result.grade <= target) return [];
    if (result.long !== undefined && lixGradeWithOneLongWordLess(result.words, result.sentences, result.long) <= target) return [];
    const reading = { grade: result.grade, target, ...(plan.locale === 'nb' ? { lix: result.score } : {}) };
    return [{ message: MESSAGES[messageLocale].tooHard(reading) }];
  },
});
