import { useState } from 'preact/hooks';

let last = 0;

/**
 * An id no other element of the page has, kept for the component's life. Not Preact's `useId`:
 * its ids are made from the component's place in the tree and repeat when a root is rendered
 * again with `render()` (preactjs/preact#4223), which the overlay does on every check, so every
 * Fix button was described by the first finding's message.
 */
export function useUniqueId(prefix = 'bl'): string {
  const [id] = useState(() => `${prefix}-${++last}`);
  return id;
}
