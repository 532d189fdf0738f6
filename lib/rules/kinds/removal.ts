/**
 * A fix that deletes a piece of the draft (a banned hashtag, a laugh) with the spaces around it, so
 * one space is left between the words on either side ("roast  #tag   today" → "roast today"), none
 * at the start or end of a line (the line's indentation stays). It is always a deletion, never a
 * space put in: the editors take a typed space as the key's own (apply-edit.ts). A piece that is a
 * whole line goes with its line break (the one before it, or for the first line the one after), so
 * no empty line is left where it was; the editors then edit across the break as a user's selection
 * would, never empty a line on their own.
 */
import type { Fix } from '../../engine/types';

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** `next`: where the next piece the same rule removes starts, if any (its fix must not claim the same spaces). */
export function removalFix(text: string, start: number, end: number, next?: number): Fix {
  let before = 0;
  while (isBlank(text[start - before - 1])) before++;
  let after = 0;
  while (isBlank(text[end + after])) after++;
  const lineStart = start - before === 0 || text[start - before - 1] === '\n';
  const lineEnd = end + after === text.length || text[end + after] === '\n';
  if (lineStart && lineEnd) {
    const [from, to] = [start - before, end + after];
    if (from > 0) return { start: from - 1, end: to, text: '' };
    if (to < text.length) return { start: from, end: to + 1, text: '' };
    return { start: from, end: to, text: '' };
  }
  // Another piece to remove right after these spaces (a run of banned tags): they go with this one's
  // start, so the two fixes never claim the same space and Fix all takes both (rev30).
  if (next === end + after && after > 0 && !lineStart) return { start: start - before, end, text: '' };
  if (lineStart) return { start, end: end + after, text: '' };
  // Glued to punctuation before it ("Fresh,#tag  today"): one space stays after the punctuation.
  if (before === 0) return { start, end: end + Math.max(after - 1, 0), text: '' };
  // At the end of the line, or before punctuation ("#tag, read"): the spaces before it go.
  if (lineEnd || after === 0) return { start: start - before, end: end + after, text: '' };
  // Between two words: the first space before it stays.
  return { start: start - before + 1, end: end + after, text: '' };
}
