import { lastAtOrBefore } from './sorted';

/**
 * Line numbers of offsets in one text: line starts found once, each offset by binary search, so
 * naming the line of 10,000 problems or findings does not scan the text 10,000 times.
 */
export class LineIndex {
  private readonly starts = [0];

  constructor(text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  /** The 0-based line holding `offset`. */
  lineOf(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }

  /** Where the 0-based `line` starts. */
  startOf(line: number): number {
    return this.starts[line]!;
  }
}
