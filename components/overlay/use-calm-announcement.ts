import { useEffect, useRef, useState } from 'preact/hooks';

/** How long a state must hold before it is said: not one announcement per keystroke (QA24). */
export const ANNOUNCE_AFTER_MS = 1500;

/**
 * How soon what a button did is said: the user asked for it and waits to hear it, but the recheck
 * of the edited text comes first, so the state said with it is the new one.
 */
export const ACTION_ANNOUNCE_MS = 400;

/** Something the user made Brandline do to the text ("Replaced “guys” with “everyone”."). */
export interface AppliedAction {
  /** Counts up with each action, so the same words twice are still two actions. */
  id: number;
  words: string;
}

/**
 * The text for a polite live region: `words` once `state` has held for ANNOUNCE_AFTER_MS, and only
 * when `state` differs from the last state said. The state the panel opens with is not said (it
 * would speak on every focus of an empty composer); a screen reader hears a change — "1 must fix"
 * after typing a banned word, "nothing to fix" after the fix. `words` may change without the state
 * (the panel opened or closed): that alone says nothing again (rev28).
 * An `action` (a fix, a template) is said soon, before the state, even when the state stays the
 * same: a fix that changes no count would otherwise pass in silence.
 */
export function useCalmAnnouncement(state: string, words: string = state, action?: AppliedAction, delay = ANNOUNCE_AFTER_MS): string {
  const said = useRef(state);
  const saidAction = useRef(action?.id);
  const acted = action !== undefined && action.id !== saidAction.current;
  const latest = useRef(words);
  // A state that goes quiet ('') after an action (the last finding fixed) still says its words.
  latest.current = acted ? `${action.words} ${words}` : words;
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (!acted && state === said.current) return;
    const timer = setTimeout(
      () => {
        said.current = state;
        saidAction.current = action?.id;
        // The same sentence twice in a row is not read again by screen readers: a no-break space at
        // the end of every other one makes it a change.
        setSpoken(acted && action.id % 2 ? `${latest.current}\u00a0` : latest.current);
      },
      acted ? ACTION_ANNOUNCE_MS : delay,
    );
    return () => clearTimeout(timer);
  }, [state, delay, action?.id]);
  return spoken;
}
