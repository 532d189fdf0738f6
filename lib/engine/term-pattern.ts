/**
 * A plan term as the term matchers read it (SPEC section 2: terms match as written, on word
 * boundaries): its words, compared like the draft's words (NFC, lower case), and the symbols
 * around and between them, which must be there as written. `C++` is the word "c" followed by "++",
 * so it matches "C++" and not the "C" of "Vitamin C"; `50%` does not match "50 years"; `AT&T` is
 * "at", "&", "t" and matches "at&t". Words joined only by spaces or hyphens stay a phrase that
 * matches across any run of spaces and hyphens ("food-poisoning" = "food poisoning"). Whitespace
 * next to a symbol matches any run of whitespace, and none where the term has none ("no. 1" is
 * not "no.1"), except before % and ‰, where it is optional both ways ("100%" = "100 %").
 *
 * Word boundaries come with the words: a draft word is a whole run of letters, marks and digits,
 * so a term that begins or ends with a letter or digit matches only whole words there; where it
 * begins or ends with a symbol, the symbol is the edge ("C++17" holds "C++").
 */
import { isSpaceCode } from '../tone/text-units';
import { findWords, type Word } from './segments';

export interface TermPattern {
  /** The term's words, in comparison form. */
  tokens: string[];
  /**
   * joins[k] stands between tokens[k] and tokens[k + 1]: undefined where the term has only spaces
   * or hyphens there (any such run matches), else the symbols as written, each whitespace run as ' '.
   */
  joins: (string | undefined)[];
  /** Symbols right before the first word, as written ('' for none). */
  lead: string;
  /** Symbols right after the last word, as written ('' for none). */
  trail: string;
}

/** Only spaces and hyphens: words of a phrase (in a term or in a draft). */
export const GAP = /^[\s\u00A0\-\u2010\u2011]+$/u;

// Norwegian (and French) write "100 %" with a space, English "100%": a space before a percent or
// per-mille sign is optional both ways, so it is dropped here and skipped in the draft.
const spaced = (symbols: string) => symbols.replace(/\s+(?=[%‰])/gu, '').replace(/\s+/gu, ' ');
const isPercent = (c: number) => c === 37 || c === 0x2030;

/** The words and symbols of a term (already trimmed, without its `*`); no tokens when it has no words. */
export function compileTerm(term: string): TermPattern {
  const words = findWords(term);
  if (!words.length) return { tokens: [], joins: [], lead: '', trail: '' };
  const joins = words.slice(1).map((word, k) => {
    const between = term.slice(words[k]!.end, word.start);
    return GAP.test(between) ? undefined : spaced(between);
  });
  return {
    tokens: words.map((w) => w.key),
    joins,
    lead: spaced(term.slice(0, words[0]!.start)),
    trail: spaced(term.slice(words.at(-1)!.end)),
  };
}

/** Phones curl quotes as they are typed: straight and curly quotes are one symbol, as in words. */
function foldQuote(c: number): number {
  if (c === 0x2018 || c === 0x2019 || c === 0x201a) return 39;
  if (c === 0x201c || c === 0x201d || c === 0x201e) return 34;
  return c;
}
const sameSymbol = (a: number, b: number) => a === b || foldQuote(a) === foldQuote(b);

/** Where `symbols` (as compiled) ends when read in `text` from `at`, or -1 if they are not there. */
export function symbolsAfter(text: string, at: number, symbols: string): number {
  let i = at;
  for (let j = 0; j < symbols.length; j++) {
    const c = symbols.charCodeAt(j);
    if (c === 32) {
      if (i >= text.length || !isSpaceCode(text.charCodeAt(i))) return -1;
      while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    } else if (isPercent(c)) {
      let k = i;
      while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
      if (k >= text.length || text.charCodeAt(k) !== c) return -1;
      i = k + 1;
    } else if (i < text.length && sameSymbol(c, text.charCodeAt(i))) i++;
    else return -1;
  }
  return i;
}

/** Where `symbols` (as compiled) starts when read in `text` backwards from `at`, or -1. */
export function symbolsBefore(text: string, at: number, symbols: string): number {
  let i = at;
  for (let j = symbols.length - 1; j >= 0; j--) {
    const c = symbols.charCodeAt(j);
    if (c === 32) {
      if (i <= 0 || !isSpaceCode(text.charCodeAt(i - 1))) return -1;
      while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
    } else if (isPercent(c)) {
      if (i <= 0 || text.charCodeAt(i - 1) !== c) return -1;
      i--;
      // The space before a sign that opens the term belongs to the text before it, not to the match.
      if (j > 0) while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
    } else if (i > 0 && sameSymbol(c, text.charCodeAt(i - 1))) i--;
    else return -1;
  }
  return i;
}

/** Whether the text between two draft words is what the term has between its words k and k + 1. */
export function joined(pattern: TermPattern, k: number, text: string, before: Word, after: Word): boolean {
  const join = pattern.joins[k];
  if (join === undefined) return GAP.test(text.slice(before.end, after.start));
  return symbolsAfter(text, before.end, join) === after.start;
}
