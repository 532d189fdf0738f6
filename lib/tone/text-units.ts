// Shared low-level text helpers for the tone analysers. Everything works on UTF-16 offsets
// (the unit of `selectionStart`), never throws, and allocates little: it runs on every keystroke.

/** A whitespace-delimited piece of the text, with its UTF-16 range [start, end). */
export interface RawToken {
  text: string;
  start: number;
  end: number;
}

const isSpaceCode = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0xfeff;

export function splitOnSpace(text: string): RawToken[] {
  const out: RawToken[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (space) {
      if (start >= 0) out.push({ text: text.slice(start, i), start, end: i });
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push({ text: text.slice(start), start, end: text.length });
  return out;
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

export const isLetter = (ch: string) => LETTER.test(ch);
export const isWordChar = (ch: string) => LETTER_OR_DIGIT.test(ch);
export const isPictographic = (ch: string) => PICTOGRAPHIC.test(ch);

/** Trims everything that is not a letter or digit from both ends; returns the new range. */
export function trimToWord(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && !isWordChar(text[s]!)) s++;
  while (e > s && !isWordChar(text[e - 1]!)) e--;
  // A lone surrogate or a digit-only word is fine: callers decide what to do with it.
  return [s, e];
}

/** True for a token that reads as an all-caps word: at least `minLetters` letters, no lowercase. */
export function isAllCaps(word: string, minLetters = 1): boolean {
  let letters = 0;
  for (const ch of word) {
    if (!LETTER.test(ch)) continue;
    if (ch !== ch.toUpperCase() || ch === ch.toLowerCase()) return false;
    letters++;
  }
  return letters >= minLetters;
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

export const isUrlLike = (token: string) => /^(?:https?:\/\/|www\.)/i.test(token);
