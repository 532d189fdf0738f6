// Shared low-level text helpers for the tone analysers. Everything works on UTF-16 offsets
// (the unit of `selectionStart`), never throws, and allocates little: it runs on every keystroke.
// Every helper here is linear in its input: no regular expression runs over a whole text.

/** Exactly the characters of JavaScript's `\s`. */
export const isSpaceCode = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0xfeff;

/** Calls `visit` with the range of every whitespace-delimited piece, without cutting substrings. */
export function forEachPiece(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) {
      if (start >= 0) visit(start, i);
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) visit(start, text.length);
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

// Character classes of UTF-16 code units, filled on first use: a Unicode property regex per
// character was the analysers' main cost on long posts. Bit 1: letter, bit 2: letter or digit,
// bit 4: pictographic; bit 8: known. A lone surrogate is none of them (as the regexes say).
const UNIT_CLASS = new Uint8Array(0x10000);
const KNOWN = 8;
function unitClass(c: number): number {
  let k = UNIT_CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (LETTER.test(ch) ? 1 : 0) | (LETTER_OR_DIGIT.test(ch) ? 2 : 0) | (PICTOGRAPHIC.test(ch) ? 4 : 0);
    UNIT_CLASS[c] = k;
  }
  return k;
}

/** A letter or digit, by UTF-16 code unit (as `[\p{L}\p{N}]` tests a one-unit string). */
export const isWordCode = (c: number) => (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : (unitClass(c) & 2) !== 0);
export const isLetterCode = (c: number) => (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : (unitClass(c) & 1) !== 0);

// Pictographs outside the BMP live in a few planes-1 blocks; their class is cached too.
const ASTRAL_BASE = 0x1f000;
const ASTRAL_CLASS = new Uint8Array(0x1000);

/** Is the code point an Extended_Pictographic character (emoji)? */
export function isPictographicCode(cp: number): boolean {
  if (cp < 0xa9) return false;
  if (cp < 0x10000) return (unitClass(cp) & 4) !== 0;
  if (cp >= ASTRAL_BASE && cp < ASTRAL_BASE + 0x1000) {
    let k = ASTRAL_CLASS[cp - ASTRAL_BASE]!;
    if (k === 0) {
      k = KNOWN | (PICTOGRAPHIC.test(String.fromCodePoint(cp)) ? 4 : 0);
      ASTRAL_CLASS[cp - ASTRAL_BASE] = k;
    }
    return (k & 4) !== 0;
  }
  return PICTOGRAPHIC.test(String.fromCodePoint(cp));
}

export const isLetter = (ch: string) => ch.length === 1 ? isLetterCode(ch.charCodeAt(0)) : LETTER.test(ch);
export const isWordChar = (ch: string) => ch.length === 1 ? isWordCode(ch.charCodeAt(0)) : LETTER_OR_DIGIT.test(ch);
export const isPictographic = (ch: string) => ch.length > 0 && isPictographicCode(ch.codePointAt(0)!);

/** True for a token that reads as an all-caps word: at least `minLetters` letters, no lowercase. */
export function isAllCaps(word: string, minLetters = 1): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // The common case, a lower-case ASCII letter, answers at once.
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) {
      letters++;
      continue;
    }
    if (c < 128) continue;
    const cp = word.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (!LETTER.test(ch)) continue;
    if (ch !== ch.toUpperCase() || ch === ch.toLowerCase()) return false;
    letters++;
  }
  return letters >= minLetters;
}

/** True when some character repeats three or more times in a row ("soooo"), as `squeezeRuns` sees it. */
export function hasRunOfThree(word: string): boolean {
  let prev = -1;
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const cp = word.codePointAt(i)!;
    if (cp > 0xffff) i++;
    run = cp === prev ? run + 1 : 1;
    if (run >= 3) return true;
    prev = cp;
  }
  return false;
}

/** "soooo" → "soo": runs of three or more of one letter are how people stretch words. */
export function squeezeRuns(word: string, keep: number): string {
  let out = '';
  let run = 0;
  let prev = '';
  for (const ch of word) {
    run = ch === prev ? run + 1 : 1;
    prev = ch;
    if (run <= keep) out += ch;
  }
  return out;
}

/** Does text[at] start `http://`, `https://` or `www.` (any case)? Read in place, no string cut. */
export function urlLikeAt(text: string, at: number): boolean {
  return asciiAt(text, at, 'https://') || asciiAt(text, at, 'http://') || asciiAt(text, at, 'www.');
}
/** `prefix` (lower-case ASCII) at text[at], ASCII letters in any case (as the `i` flag without `u` compares). */
function asciiAt(text: string, at: number, prefix: string): boolean {
  if (at + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== prefix.charCodeAt(k)) return false;
  }
  return true;
}
