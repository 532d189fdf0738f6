/**
 * Whether the page covers a composer's visible part: X's sticky header over the last sliver of
 * the home post box scrolled beneath it. The box is still "on screen", so its panel stayed beside
 * an editor nobody could see (QA27, QA28). Three points across the middle of the visible part are
 * hit-tested; only when the page's own elements are on top at all three is the box covered, so a
 * site's emoji picker or suggestion list over part of the box while someone types does not count.
 */
import type { Box } from './placement';

export function coveredByPage(frame: Element, box: Box, viewport: { width: number; height: number }, own: Element): boolean {
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.top + box.height, viewport.height);
  const left = Math.max(box.left, 0);
  const right = Math.min(box.left + box.width, viewport.width);
  // Only a box partly scrolled out of the window is tested: that is where a sticky bar sits over
  // it, and a box in full view is being looked at, whatever the page shows over it.
  const partly = box.top < 0 || box.top + box.height > viewport.height;
  if (!partly || bottom <= top || right <= left) return false;
  // Hit-tested in the composer's own tree: a document answers with the shadow host instead.
  const root = frame.getRootNode() as Document | ShadowRoot;
  if (typeof root.elementFromPoint !== 'function') return false;
  const y = (top + bottom) / 2;
  const inset = (right - left) * 0.1;
  return [left + inset, (left + right) / 2, right - inset].every((x) => {
    const hit = root.elementFromPoint(x, y);
    // Brandline's own panel over the box, or the box's own parts, are not the page covering it; an
    // ancestor answers where the box lets clicks through (pointer-events: none).
    // Nor is the box's neighbour in its own container (a placeholder laid over the editor).
    const container = frame.parentElement ?? frame;
    return hit !== null && hit !== own && !own.contains(hit) && !container.contains(hit) && !hit.contains(frame);
  });
}
