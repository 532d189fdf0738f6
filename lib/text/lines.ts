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
    const { starts } = this;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Where the 0-based `line` starts. */
  startOf(line: number): number {
    return this.starts[line]!;
  }
}
