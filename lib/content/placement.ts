/**
 * Where a floating panel goes beside a composer: outside the composer's frame (which holds the
 * site's own buttons), on the first side with room, inside the viewport. Pure geometry, in
 * viewport coordinates.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type Side = 'right' | 'left' | 'below' | 'above' | 'corner';

export interface Placement {
  top: number;
  left: number;
  side: Side;
  /** In a corner, over some of the text being typed (a small window, 200 % zoom). */
  coversText?: boolean;
}

const GAP = 8;

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * `frame`: the composer with its toolbar; `panel`: the panel's size; `viewport`: its size.
 * `order` lets the tone chip prefer sitting just above the field's end. `text`: the box the user
 * types in, which a panel in a corner should cover least (Instagram's caption in a small window).
 * `clearBelow`: what a panel placed below must clear, when `frame` is only the field (a reply
 * field's action row, X's Reply button, is under it: QA20 found the open chip over it at 600 px).
 */
export function placePanel(
  frame: Box,
  panel: { width: number; height: number },
  viewport: { width: number; height: number },
  order: readonly Side[] = ['right', 'left', 'below', 'above'],
  text: Box = frame,
  clearBelow: Box = frame,
): Placement {
  const fitsX = (left: number) => left >= GAP && left + panel.width <= viewport.width - GAP;
  const fitsY = (top: number) => top >= GAP && top + panel.height <= viewport.height - GAP;
  const alignedTop = clamp(frame.top, GAP, viewport.height - panel.height - GAP);
  const alignedLeft = clamp(frame.left + frame.width - panel.width, GAP, viewport.width - panel.width - GAP);
  for (const side of order) {
    if (side === 'right') {
      const left = frame.left + frame.width + GAP;
      if (fitsX(left)) return { top: alignedTop, left, side };
    } else if (side === 'left') {
      const left = frame.left - GAP - panel.width;
      if (fitsX(left)) return { top: alignedTop, left, side };
    } else if (side === 'below') {
      const top = Math.max(frame.top + frame.height, clearBelow.top + clearBelow.height) + GAP;
      if (fitsY(top)) return { top, left: alignedLeft, side };
    } else if (side === 'above') {
      const top = frame.top - GAP - panel.height;
      if (fitsY(top)) return { top, left: alignedLeft, side };
    }
  }
  // Nowhere beside it: a corner of the viewport, bottom-right first (composers rarely put buttons
  // there), unless another corner covers less of the text being typed.
  const bottom = Math.max(GAP, viewport.height - panel.height - GAP);
  const right = Math.max(GAP, viewport.width - panel.width - GAP);
  const corners = [
    { top: bottom, left: right },
    { top: bottom, left: GAP },
    { top: GAP, left: right },
    { top: GAP, left: GAP },
  ];
  const covered = (c: { top: number; left: number }) => overlap({ ...c, width: panel.width, height: panel.height }, text);
  let best = corners[0]!;
  for (const corner of corners) if (covered(corner) < covered(best)) best = corner;
  return { ...best, side: 'corner', ...(covered(best) > 0 ? { coversText: true } : {}) };
}

/** Whether the frame is visible at all (a panel for an off-screen composer hides). */
export function isOnScreen(frame: Box, viewport: { width: number; height: number }): boolean {
  return frame.width > 0 && frame.height > 0 && frame.top + frame.height > 0 && frame.left + frame.width > 0 && frame.top < viewport.height && frame.left < viewport.width;
}
