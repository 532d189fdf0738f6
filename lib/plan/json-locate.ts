/**
 * Where a JSON path sits in the text it was parsed from, as a line number, so a plan problem can
 * say "line 287" besides `terms.banned[286].suggest`: a person fixing a 300-term file in an
 * editor jumps to a line, not to an index they would have to count (QA22 F8).
 * Used only on text JSON.parse accepted and only when there are problems to name, so it does not
 * check syntax. The text is walked once, whatever the number of problems (a file with 10,000 bad
 * entries took 40 s when each problem walked it again; rev28), and lines come from a table of
 * line starts.
 */
import { LineIndex } from '../text/lines';

/** A path as a map key: keys and indices cannot run into each other. */
const keyOf = (path: readonly PropertyKey[]) => path.map((k) => (typeof k === 'number' ? `\u0000#${k}` : `\u0000.${String(k)}`)).join('');

/** Finds the line of paths in one JSON text. */
export class JsonLines {
  private offsets: Map<string, number> | undefined;
  private lines: LineIndex | undefined;

  constructor(private readonly text: string) {}

  /** The 1-based line of the deepest part of `path` present in the text; undefined for the root. */
  lineOf(path: readonly PropertyKey[]): number | undefined {
    this.offsets ??= memberOffsets(this.text);
    for (let length = path.length; length > 0; length--) {
      const at = this.offsets.get(keyOf(path.slice(0, length)));
      if (at !== undefined) return this.lineAt(at);
    }
    return undefined;
  }

  private lineAt(offset: number): number {
    return (this.lines ??= new LineIndex(this.text)).lineOf(offset) + 1;
  }
}

/**
 * The offset of every object member (its key) and array element (its first character), by path.
 * A key given twice keeps its last offset, as JSON.parse keeps the last value. Containers are
 * walked with an explicit stack, so no depth overflows it.
 */
function memberOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  // Each open container: its path key, and for an array the index of the next element.
  const stack: { key: string; kind: '{' | '['; index: number }[] = [];
  const enter = (key: string) => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push({ key, kind: c, index: 0 });
      i++;
    } else if (c === '"') readString();
    else while (i < text.length && !',}] \t\n\r'.includes(text[i]!)) i++;
  };
  enter('');
  while (stack.length && i < text.length) {
    space();
    const top = stack.at(-1)!;
    const c = text[i];
    if (c === ',') {
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      i++;
      stack.pop();
      continue;
    }
    if (top.kind === '{') {
      const keyAt = i;
      const name = readString();
      space();
      i++; // ':'
      const key = `${top.key}\u0000.${name}`;
      offsets.set(key, keyAt);
      enter(key);
    } else {
      const key = `${top.key}\u0000#${top.index++}`;
      offsets.set(key, i);
      enter(key);
    }
  }
  return offsets;
}
