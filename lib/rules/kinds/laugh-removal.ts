/**
 * The fix that takes a laugh out of a reply ("lol", "haha", 😂) and leaves a sentence a person
 * would have written without it: the comma or space that joined it goes with it, its brackets go
 * with it, a laugh that was a sentence of its own takes its full stop, and a laugh that opened a
 * sentence hands its capital letter to the next word.
 */
import type { Fix } from '../../engine/types';
import { lineRemovals, removalFix } from './removal';

const CLOSING: Record<string, string> = { '(': ')', '[': ']' };

export function laughRemoval(text: string, start: number, end: number): Fix {
  let s = start;
  let e = end;
  // "(lol)": the brackets hold nothing else.
  const open = text[s - 1];
  if (open !== undefined && CLOSING[open] !== undefined && text[e] === CLOSING[open]) {
    s -= 1;
    e += 1;
  }
  const before = text.slice(0, s);
  const opensLine = /(?:^|\n)[ \t]*$/u.test(before);
  const opensSentence = opensLine || /[.!?…][ \t]+$/u.test(before);
  if (!opensSentence) {
    // Inside a sentence: the separator before it goes too (", haha." → ".", " lol" → "").
    const separator = /[,;:]?[ \t]+$/u.exec(before)?.[0].length ?? 0;
    if (separator) return { start: s - separator, end: e, text: '' };
    // An emoji between two words with no space ("ok😂thanks") becomes the space, written with the
    // next character: a lone " " typed into these editors is dropped (apply-edit.ts; rev35 L4).
    const glued = /^[\p{L}\p{N}]/u.exec(String.fromCodePoint(text.codePointAt(e) ?? 32));
    if (glued && /[\p{L}\p{N}]$/u.test(before)) return { start: s, end: e + glued[0].length, text: ` ${glued[0]}` };
    return removalFix(text, s, e);
  }
  // The laugh starts a sentence (or is one): its punctuation and the spaces after it go with it.
  e += /^[,.!?…:;]*/u.exec(text.slice(e))![0].length;
  e += /^[ \t]*/u.exec(text.slice(e))![0].length;
  const next = text[e];
  if (next === undefined || next === '\n') {
    // Nothing else on the line: a line of its own goes with its break (the last line with the one
    // before it; QA28); a closing "Lol." with the space before it.
    // As removal.ts does it: a whole line with the break before it, the first line with the one
    // after it, its indentation with it (rev30), a paragraph of its own with an empty line.
    if (opensLine) return lineRemovals(text, [{ start: s - /[ \t]*$/u.exec(before)![0].length, end: e }])[0]!;
    return { start: s - /[ \t]*$/u.exec(before)![0].length, end: e, text: '' };
  }
  const capital = /^\p{Lu}/u.test(text.slice(start, end)) && /^\p{Ll}$/u.test(next);
  return capital ? { start: s, end: e + 1, text: next.toUpperCase() } : { start: s, end: e, text: '' };
}
