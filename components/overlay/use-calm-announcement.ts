import { useEffect, useRef, useState } from 'preact/hooks';

/** How long a state must hold before it is said: not one announcement per keystroke (QA24). */
export const ANNOUNCE_AFTER_MS = 1500;

/**
 * The text for a polite live region: `words` once `state` has held for ANNOUNCE_AFTER_MS, and only
 * when `state` differs from the last state said. The state the panel opens with is not said (it
 * would speak on every focus of an empty composer); a screen reader hears a change — "1 must fix"
 * after typing a banned word, "nothing to fix" after the fix. `words` may change without the state
 * (the panel opened or closed): that alone says nothing again (rev28).
 */
export function useCalmAnnouncement(state: string, words: string = state, delay = ANNOUNCE_AFTER_MS): string {
  const said = useRef(state);
  const latest = useRef(words);
  latest.current = words;
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (state === said.current) return;
    const timer = setTimeout(() => {
      said.current = state;
      setSpoken(latest.current);
    }, delay);
    return () => clearTimeout(timer);
  }, [state, delay]);
  return spoken;
}
