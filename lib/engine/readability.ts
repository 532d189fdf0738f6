/**
 * Reading grade of a text (SPEC section 3, `readability.grade`): Flesch–Kincaid grade level for
 * English; LIX for Norwegian, read as a grade by its usual bands.
 */
import type { Locale } from '../plan/types';
import type { Span, Word } from './segments';

export interface Readability {
  grade: number;
  words: number;
  sentences: number;
  /** The raw index: Flesch–Kincaid grade (en) or LIX (nb). */
  score: number;
}

/** English syllables by vowel groups, with the usual silent-e and -le corrections. */
export function englishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouysxzhc]es|[^laeiouytd]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

export function lixGrade(lix: number): number {
  if (lix < 30) return 6;
  if (lix < 40) return 9;
  if (lix < 50) return 12;
  if (lix < 60) return 15;
  return 18;
}

/** Words with at least one letter (numbers and stray marks are not read as words). */
const hasLetter = (text: string, w: Span) => /\p{L}/u.test(text.slice(w.start, w.end));

export function readability(text: string, words: readonly Word[], sentences: readonly Span[], locale: Locale): Readability {
  const counted = words.filter((w) => hasLetter(text, w));
  const wordCount = counted.length;
  const sentenceCount = Math.max(1, sentences.length);
  if (!wordCount) return { grade: 0, words: 0, sentences: sentences.length, score: 0 };
  if (locale === 'nb') {
    const long = counted.filter((w) => [...w.key].filter((c) => /\p{L}/u.test(c)).length > 6).length;
    const lix = wordCount / sentenceCount + (100 * long) / wordCount;
    return { grade: lixGrade(lix), words: wordCount, sentences: sentenceCount, score: lix };
  }
  const syllables = counted.reduce((sum, w) => sum + englishSyllables(w.key), 0);
  const fk = 0.39 * (wordCount / sentenceCount) + 11.8 * (syllables / wordCount) - 15.59;
  return { grade: fk, words: wordCount, sentences: sentenceCount, score: fk };
}
