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

interface Piece {
  start: number;
  end: number;
}

/** The piece's line, when the piece (with blanks around it) is all the line holds. */
function wholeLine(text: string, { start, end }: Piece): Piece | undefined {
  let from = start;
  while (isBlank(text[from - 1])) from--;
  let to = end;
  while (isBlank(text[to])) to++;
  return (from === 0 || text[from - 1] === '\n') && (to === text.length || text[to] === '\n') ? { start: from, end: to } : undefined;
}

/**
 * The fixes that take away lines `from`..`to` (line starts and ends, one after the other, nothing
 * else between them but their breaks), one fix per line. Together they leave no trace: the lines go
 * with the break before them (the first lines of the text with the one after them), and lines that
 * were a paragraph of their own (an empty line above and below, or the text's edge) take one of the
 * empty lines too, so "Text\n\n#tag\n\nMore" keeps one paragraph break. Each fix alone also leaves
 * clean text; a paragraph of several lines keeps one empty line more when all its fixes go in,
 * which "Fix all" takes with them (lib/engine/fix-all.ts).
 */
export function lineRemovals(text: string, lines: readonly Piece[]): Fix[] {
  const first = lines[0]!.start;
  const end = lines[lines.length - 1]!.end;
  // Only empty lines after them: they end the text, and those empty lines go too (QA30).
  const last = /^\n*$/.test(text.slice(end)) && first > 0 ? text.length : end;
  const emptyAbove = first === 0 || (text[first - 1] === '\n' && (first === 1 || text[first - 2] === '\n'));
  const emptyBelow = last === text.length || (text[last] === '\n' && (last + 1 === text.length || text[last + 1] === '\n'));
  const paragraph = emptyAbove && emptyBelow && lines.length === 1;
  if (first === 0) {
    // The text's first lines: each takes the break after it; the last of them an empty line after too.
    let upTo = last === text.length ? last : last + 1;
    if (paragraph && text[upTo] === '\n') upTo++;
    return lines.map((line, i) => ({ start: line.start, end: i + 1 < lines.length ? lines[i + 1]!.start : upTo, text: '' }));
  }
  const start = paragraph && first >= 2 && text[first - 2] === '\n' ? first - 2 : first - 1;
  return lines.map((line, i) => ({ start: i === 0 ? start : lines[i - 1]!.end, end: i === lines.length - 1 ? last : line.end, text: '' }));
}

/**
 * The deletions of one rule made not to overlap (check.ts drops a fix that overlaps an earlier one,
 * and Fix all then left a piece for the next check; rev32). A deletion that reaches back into the
 * one before it starts where that one ends; when everything before it goes too (the pieces open
 * the text), it takes the line break and the empty line after it instead, so the text does not
 * start with them: "#a\n\n#b\n\nText" → "Text", and each fix alone still leaves clean text.
 */
export function disjointRemovals(text: string, fixes: readonly Fix[]): Fix[] {
  const out: Fix[] = [];
  let fromStart = false;
  for (const fix of fixes) {
    const prev = out[out.length - 1];
    let next = fix;
    if (prev && fix.text === '' && fix.start < prev.end && fix.end > prev.end) {
      let end = fix.end;
      if (fromStart) for (let k = 0; k < 2 && text[end] === '\n'; k++) end++;
      next = { start: prev.end, end, text: '' };
    }
    fromStart = next.start === 0 || (fromStart && prev !== undefined && next.start === prev.end);
    out.push(next);
  }
  return out;
}

/** Fixes removing `pieces` (in text order, not overlapping), one per piece. */
export function removalFixes(text: string, pieces: readonly Piece[]): Fix[] {
  const fixes: Fix[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const line = wholeLine(text, pieces[i]!);
    if (!line) {
      fixes.push(removalFix(text, pieces[i]!.start, pieces[i]!.end, pieces[i + 1]?.start));
      continue;
    }
    // Whole lines one right under another go together, so their fixes never claim the same break.
    const run = [line];
    for (let next; i + 1 < pieces.length && (next = wholeLine(text, pieces[i + 1]!)) && next.start === run[run.length - 1]!.end + 1; i++) run.push(next);
    fixes.push(...lineRemovals(text, run));
  }
  return disjointRemovals(text, fixes);
}

/** `next`: where the next piece the same rule removes starts, if any (its fix must not claim the same spaces). */
export function removalFix(text: string, start: number, end: number, next?: number): Fix {
  const line = wholeLine(text, { start, end });
  if (line) return lineRemovals(text, [line])[0]!;
  let before = 0;
  while (isBlank(text[start - before - 1])) before++;
  let after = 0;
  while (isBlank(text[end + after])) after++;
  const lineStart = start - before === 0 || text[start - before - 1] === '\n';
  const lineEnd = end + after === text.length || text[end + after] === '\n';
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
