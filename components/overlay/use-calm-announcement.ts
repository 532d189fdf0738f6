import { useEffect, useRef, useState } from 'preact/hooks';

/** How long the state must hold before it is said: a pause in typing, not every keystroke (QA24). */
export const ANNOUNCE_AFTER_MS = 1500;

/**
 * The text for a polite live region: `text` once it has held for a pause, and only when it differs
 * from the last text said. The state the panel opens with is not said (it would speak on every
 * focus of an empty composer); a screen reader hears a change — "1 must fix" after typing a banned
 * word, "nothing to fix" after the fix — without one announcement per key.
 */
export function useCalmAnnouncement(text: string, delay = ANNOUNCE_AFTER_MS): string {
  const said = useRef(text);
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (text === said.current) return;
    const timer = setTimeout(() => {
      said.current = text;
      setSpoken(text);
    }, delay);
    return () => clearTimeout(timer);
  }, [text, delay]);
  return spoken;
}
