/**
 * A fix that deletes a piece of the draft (a banned hashtag, a laugh) together with one space next
 * to it, so no double space or leading space is left behind: the space before it, or, at the start
 * of a line, the space after it.
 */
import type { Fix } from '../../engine/types';

export function removalFix(text: string, start: number, end: number): Fix {
  const before = start > 0 && /[ \t]/.test(text[start - 1]!) ? 1 : 0;
  const after = !before && /[ \t]/.test(text[end] ?? '') ? 1 : 0;
  return { start: start - before, end: end + after, text: '' };
}
