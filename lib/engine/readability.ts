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
  /** LIX only: the words over six letters. */
  long?: number;
}

const isVowel = (c: number) => c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121; // a e i o u y

/**
 * English syllables by vowel groups, with the usual corrections: a silent final -e, -es and -ed
 * (not after t/d, or s/x/z/ch/sh), and a leading y. A character loop, not regexes: it runs once
 * per distinct word of every post and was the largest cost of a check on long posts.
 */
export function englishSyllables(word: string): number {
  const lower = word.toLowerCase();
  const w: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 97 && c <= 122) w.push(c);
  }
  if (w.length <= 3) return 1;
  let end = w.length;
  const last = w[end - 1]!;
  const before = w[end - 2]!;
  const third = w[end - 3]!;
  const l = 108;
  if (last === 101 && !isVowel(before) && before !== l) end -= 1;
  else if ((last === 115 || last === 100) && before === 101 && !isVowel(third) && third !== l) {
    const keeps = last === 115 ? 'sxzhc' : 'td';
    if (!keeps.includes(String.fromCharCode(third))) end -= 2;
  }
  let groups = 0;
  let inVowel = false;
  for (let i = w[0] === 121 ? 1 : 0; i < end; i++) {
    const vowel = isVowel(w[i]!);
    if (vowel && !inVowel) groups++;
    inVowel = vowel;
  }
  return Math.max(1, groups);
}

export function lixGrade(lix: number): number {
  if (lix < 30) return 6;
  if (lix < 40) return 9;
  if (lix < 50) return 12;
  if (lix < 60) return 15;
  return 18;
}

const LETTER = /\p{L}/u;

/** Words with at least one letter (numbers are not read as words). */
function hasLetter(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127) return LETTER.test(key);
  }
  return false;
}

function letterCount(key: string): number {
  let n = 0;
  for (const char of key) if (LETTER.test(char)) n++;
  return n;
}

export function readability(words: readonly Word[], sentences: readonly Span[], locale: Locale): Readability {
  const counted = words.filter((w) => hasLetter(w.key));
  const wordCount = counted.length;
  const sentenceCount = Math.max(1, sentences.length);
  if (!wordCount) return { grade: 0, words: 0, sentences: sentences.length, score: 0 };
  if (locale === 'nb') {
    const long = counted.filter((w) => w.key.length > 6 && letterCount(w.key) > 6).length;
    const lix = wordCount / sentenceCount + (100 * long) / wordCount;
    return { grade: lixGrade(lix), words: wordCount, sentences: sentenceCount, score: lix, long };
  }
  // Posts repeat words: count each distinct word once.
  const cache = new Map<string, number>();
  let syllables = 0;
  for (const w of counted) {
    let n = cache.get(w.key);
    if (n === undefined) {
      n = englishSyllables(w.key);
      cache.set(w.key, n);
    }
    syllables += n;
  }
  const fk = 0.39 * (wordCount / sentenceCount) + 11.8 * (syllables / wordCount) - 15.59;
  return { grade: fk, words: wordCount, sentences: sentenceCount, score: fk };
}
