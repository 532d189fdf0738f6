import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caretAfterEdit, deletionAsReplacement, firstOf, takenAsTheSiteWrites } from './apply-edit';

/** An EventTarget that counts its live listeners. */
function countingTarget() {
  const target = new EventTarget();
  let listeners = 0;
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  target.addEventListener = (...args: Parameters<EventTarget['addEventListener']>) => {
    listeners++;
    add(...args);
  };
  target.removeEventListener = (...args: Parameters<EventTarget['removeEventListener']>) => {
    listeners--;
    remove(...args);
  };
  return { target, live: () => listeners };
}

describe('firstOf (waiting for the selection change before an edit)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    { name: 'the event comes first', settle: (t: EventTarget, _a: AbortController) => void t.dispatchEvent(new Event('selectionchange')) },
    { name: 'the timeout wins', settle: () => void vi.advanceTimersByTime(100) },
    { name: 'the composer goes away (abort)', settle: (_t: EventTarget, a: AbortController) => a.abort() },
  ])('$name: resolves and leaves no listener or timer behind', async ({ settle }) => {
    const { target, live } = countingTarget();
    const abort = new AbortController();
    const signal = countingTarget();
    // The signal's listener count is watched through a wrapper with the same behaviour.
    const watched = Object.assign(signal.target, { aborted: false }) as unknown as AbortSignal;
    abort.signal.addEventListener('abort', () => {
      (watched as unknown as { aborted: boolean }).aborted = true;
      signal.target.dispatchEvent(new Event('abort'));
    });
    let resolved = false;
    const waiting = firstOf(target, 'selectionchange', 100, watched).then(() => (resolved = true));
    expect(live()).toBe(1);
    expect(signal.live()).toBe(1);
    settle(target, abort);
    await waiting;
    expect(resolved).toBe(true);
    expect(live()).toBe(0);
    expect(signal.live()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves at once for an aborted signal, without listening', async () => {
    const { target, live } = countingTarget();
    await firstOf(target, 'selectionchange', 100, AbortSignal.abort());
    expect(live()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('caretAfterEdit (the caret goes back where the user was typing)', () => {
  it.each([
    { name: 'before the fix: stays', caret: 2, want: 2 },
    { name: 'at the fix start: stays', caret: 5, want: 5 },
    { name: 'after the fix: moves by the length change', caret: 20, want: 24 },
    { name: 'at the fix end: after the new text', caret: 11, want: 15 },
    { name: 'inside the replaced text: after the new text', caret: 8, want: 15 },
  ])('$name', ({ caret, want }) => expect(caretAfterEdit(caret, 5, 11, 'good value')).toBe(want));

  it('an insertion right at the caret puts the caret after it; one elsewhere moves it along', () => {
    expect(caretAfterEdit(24, 24, 24, ' #NordlysCoffee')).toBe(39);
    expect(caretAfterEdit(10, 24, 24, ' #NordlysCoffee')).toBe(10);
    expect(caretAfterEdit(30, 24, 24, ' #NordlysCoffee')).toBe(45);
  });
});

describe('deletionAsReplacement: a deletion written as a replacement the editors take as typing (QA27)', () => {
  it.each([
    // [text, start, end] → [start, end, text]; applied, each gives text with [start, end) removed.
    ['Fresh roast #cheapcoffee today', 11, 24, [11, 26, ' t']],
    ['#cheapcoffee is back', 0, 13, [0, 14, 'i']],
    ['Fresh roast #cheapcoffee', 11, 24, [10, 24, 't']],
    ['Great news\n#cheapcoffee', 10, 23, [9, 23, 's']],
    ['#cheapcoffee\nGreat news', 0, 13, [0, 14, 'G']],
    ['So 😀 #x', 5, 8, [3, 8, '😀']],
    // Not a "#" or "@" typed again (the sites' suggestions open): the character before it.
    ['Fresh #cheap #coffee', 5, 12, [4, 12, 'h']],
    ['#cheap @nordlys', 0, 7, [0, 8, '@']],
  ] as const)('%j [%i, %i)', (text, start, end, [s, e, replacement]) => {
    const widened = deletionAsReplacement(text, start, end)!;
    expect(widened).toEqual({ start: s, end: e, text: replacement });
    expect(text.slice(0, widened.start) + widened.text + text.slice(widened.end)).toBe(text.slice(0, start) + text.slice(end));
  });

  it('leaves a line that holds nothing else to a deletion, and never offers a lone space', () => {
    expect(deletionAsReplacement('#cheapcoffee', 0, 12)).toBeUndefined();
    expect(deletionAsReplacement('A\n#x\nB', 2, 4)).toBeUndefined();
    expect(deletionAsReplacement('A  #x  ', 3, 5)).toEqual({ start: 0, end: 5, text: 'A  ' });
  });
});

describe('takenAsTheSiteWrites: a change the editor spelled its own way went in (QA27)', () => {
  it('accepts curly apostrophes and runs of spaces the site rewrote', () => {
    expect(takenAsTheSiteWrites('Hi. ', "Hi. We’ll  help", 4, 4, "We'll  help".replace('  ', ' '))).toBe(true);
    expect(takenAsTheSiteWrites('Hi. ', 'Hi. We’ll help', 4, 4, "We'll  help")).toBe(true);
  });
  it('refuses a change that did not go in, went elsewhere, or is other text', () => {
    expect(takenAsTheSiteWrites('a cheap cup', 'a cheap cup', 2, 7, 'cheap')).toBe(false);
    expect(takenAsTheSiteWrites('a cheap cup', 'a cheap cup', 2, 7, 'good value')).toBe(false);
    expect(takenAsTheSiteWrites('a cheap cup', 'a good value cupX', 2, 7, 'good value')).toBe(false);
    expect(takenAsTheSiteWrites('a cheap cup', 'a good cup', 2, 7, 'good value')).toBe(false);
  });
});
