/**
 * Where a JSON path sits in the text it was parsed from, as a line number, so a plan problem can
 * say "line 287" besides `terms.banned[286].suggest`: a person fixing a 300-term file in an
 * editor jumps to a line, not to an index they would have to count (QA22 F8).
 * Called only on text JSON.parse accepted and only when there are problems to name, so it does not
 * check syntax; it scans each container on the path once (linear in the text).
 */

/** The 1-based line of the deepest part of `path` present in `text`, or undefined for the root. */
export function lineOfJsonPath(text: string, path: readonly PropertyKey[]): number | undefined {
  let i = 0;
  let found: number | undefined;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const skipString = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  // Skips one value; nested containers are counted rather than recursed into (no stack to overflow).
  const skipValue = () => {
    space();
    const first = text[i];
    if (first === '"') return skipString();
    if (first !== '{' && first !== '[') {
      // A number, true, false or null ends at a delimiter.
      while (i < text.length && !',}] \t\n\r'.includes(text[i]!)) i++;
      return;
    }
    let depth = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        skipString();
        continue;
      }
      i++;
      if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) return;
    }
  };
  for (const key of path) {
    space();
    const open = text[i];
    let target: number | undefined;
    if (open === '{' && typeof key === 'string') {
      i++;
      // Every member is read: JSON.parse keeps the last of duplicate keys, so the path means that one.
      for (;;) {
        space();
        if (text[i] !== '"') break;
        const keyAt = i;
        skipString();
        const name: unknown = JSON.parse(text.slice(keyAt, i));
        space();
        i++; // ':'
        space();
        if (name === key) {
          found = keyAt;
          target = i;
        }
        skipValue();
        space();
        if (text[i] !== ',') break;
        i++;
      }
    } else if (open === '[' && typeof key === 'number') {
      i++;
      for (let index = 0; ; index++) {
        space();
        if (text[i] === ']' || i >= text.length) break;
        if (index === key) {
          found = i;
          target = i;
          break;
        }
        skipValue();
        space();
        if (text[i] !== ',') break;
        i++;
      }
    }
    if (target === undefined) break;
    i = target;
  }
  if (found === undefined) return undefined;
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < found; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
