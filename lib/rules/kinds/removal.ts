/**
 * A fix that deletes a piece of the draft (a banned hashtag, a laugh) together with one space next
 * to it, so no double space or leading space is left behind: the space before it, or, at the start
 * of a line, the space after it. A piece that is a whole line goes with its line break (the one
 * before it, or for the first line the one after), so no empty line is left where it was; the
 * editors then edit across the break as a user's selection would, never empty a line on its own.
 */
import type { Fix } from '../../engine/types';

export function removalFix(text: string, start: number, end: number): Fix {
  const before = start > 0 && /[ \t]/.test(text[start - 1]!) ? 1 : 0;
  const after = !before && /[ \t]/.test(text[end] ?? '') ? 1 : 0;
  const from = start - before;
  const to = end + after;
  const lineStart = from === 0 || text[from - 1] === '\n';
  const lineEnd = to === text.length || text[to] === '\n';
  if (lineStart && lineEnd) {
    if (from > 0) return { start: from - 1, end: to, text: '' };
    if (to < text.length) return { start: from, end: to + 1, text: '' };
  }
  return { start: from, end: to, text: '' };
}
