// Shared by brand-name typo matching (near-terms.ts) and the plan parser's "did you mean".

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein with adjacent swaps) when it is at
 * most `max`, otherwise max + 1. Strings here are single words, so the full table is cheap.
 */
export function editsWithin(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (max === 1) return oneEditApart(a, b) ? 1 : 2;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return Math.min(d[rows * cols - 1]!, max + 1);
}

/**
 * Whether two different strings, whose lengths differ by at most one, are one edit apart: a
 * character changed, added or removed, or two neighbours swapped. The typo matcher asks this for
 * every draft word against every brand name sharing its first letter; without a table to allocate
 * it is linear, and 1,000 product names stay cheap (QA22).
 */
function oneEditApart(a: string, b: string): boolean {
  let i = 0;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    // Changed at i, or i and i + 1 swapped; the rest must agree.
    if (short.slice(i + 1) === long.slice(i + 1)) return true;
    return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
  }
  // One more character in `long`, at i.
  return short.slice(i) === long.slice(i + 1);
}

