import { describe, expect, it } from 'vitest';
import { isOnScreen, placePanel } from './placement';

const VIEWPORT = { width: 1280, height: 800 };
const PANEL = { width: 300, height: 200 };

describe('placePanel', () => {
  it.each([
    ['right of a centred composer', { top: 100, left: 300, width: 600, height: 150 }, 'right', { top: 100, left: 908 }],
    ['left when the composer reaches the right edge', { top: 100, left: 500, width: 700, height: 150 }, 'left', { top: 100, left: 192 }],
    ['below a full-width composer', { top: 100, left: 10, width: 1260, height: 150 }, 'below', { top: 258, left: 970 }],
    ['above a full-width composer at the bottom', { top: 550, left: 10, width: 1260, height: 240 }, 'above', { top: 342, left: 970 }],
    ['in the corner when there is no room anywhere', { top: 0, left: 0, width: 1280, height: 800 }, 'corner', { top: 592, left: 972 }],
    ['kept inside the viewport vertically', { top: -50, left: 300, width: 600, height: 400 }, 'right', { top: 8, left: 908 }],
  ] as const)('%s', (_name, frame, side, position) => {
    const placed = placePanel(frame, PANEL, VIEWPORT);
    expect(placed.side).toBe(side);
    expect({ top: placed.top, left: placed.left }).toEqual(position);
  });

  it('never overlaps the frame (where the site keeps its buttons) unless cornered', () => {
    for (let left = 0; left < 1200; left += 97) {
      for (let width = 200; width < 1280 - left; width += 211) {
        const frame = { top: 120, left, width, height: 180 };
        const placed = placePanel(frame, PANEL, VIEWPORT);
        if (placed.side === 'corner') continue;
        const overlaps = placed.left < frame.left + frame.width && frame.left < placed.left + PANEL.width && placed.top < frame.top + frame.height && frame.top < placed.top + PANEL.height;
        expect(overlaps, JSON.stringify({ frame, placed })).toBe(false);
      }
    }
  });

  it('cornered, it takes the corner that covers least of the text being typed', () => {
    // Instagram's "Create new post" dialog in a 1280×720 window: no room beside the dialog, and the
    // bottom-right corner would cover the caption at the dialog's right.
    const dialog = { top: 149, left: 190, width: 900, height: 563 };
    const caption = { top: 240, left: 710, width: 380, height: 200 };
    const placed = placePanel(dialog, { width: 300, height: 360 }, { width: 1280, height: 720 }, undefined, caption);
    expect(placed).toEqual({ side: 'corner', top: 352, left: 8 });
    // With the caption clear of the bottom-right corner, that corner stays the choice.
    expect(placePanel(dialog, { width: 300, height: 200 }, { width: 1280, height: 720 }, undefined, caption)).toEqual({ side: 'corner', top: 512, left: 972 });
  });

  it('says when no corner keeps clear of the text (QA24: Facebook at 200 % zoom)', () => {
    const dialog = { top: 60, left: 40, width: 560, height: 360 };
    const text = { top: 156, left: 86, width: 468, height: 120 };
    expect(placePanel(dialog, { width: 300, height: 300 }, { width: 640, height: 430 }, undefined, text)).toMatchObject({ side: 'corner', coversText: true });
  });

  it('below a reply field, it clears the box around it with its buttons (QA20: X\'s Reply at 600 px)', () => {
    const field = { top: 20, left: 60, width: 480, height: 40 };
    const box = { top: 10, left: 50, width: 500, height: 100 };
    const placed = placePanel(field, { width: 300, height: 200 }, { width: 600, height: 800 }, ['above', 'right', 'below', 'left'], field, box);
    expect(placed).toEqual({ side: 'below', top: 118, left: 240 });
  });

  it('follows the preferred order (the tone chip sits above its field first)', () => {
    expect(placePanel({ top: 400, left: 300, width: 500, height: 40 }, { width: 90, height: 26 }, VIEWPORT, ['above', 'right']).side).toBe('above');
  });
});

describe('isOnScreen', () => {
  it.each([
    [{ top: 10, left: 10, width: 100, height: 100 }, true],
    [{ top: -200, left: 10, width: 100, height: 100 }, false],
    [{ top: 900, left: 10, width: 100, height: 100 }, false],
    [{ top: 10, left: 10, width: 0, height: 0 }, false],
  ])('%j → %s', (frame, expected) => {
    expect(isOnScreen(frame, VIEWPORT)).toBe(expected);
  });
});
