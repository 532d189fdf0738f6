import { fixesLastFirst } from './apply-fix';
import type { Fix } from './types';

/**
 * The changes "Fix all" makes: the fixes last first (fixesLastFirst), with deletions that meet
 * stretched over the line breaks they leave behind.
 *
 * Each removal fix is made to leave clean text on its own (lib/rules/kinds/removal.ts), so it
 * cannot know that its neighbours go too: a line of banned tags only ("Text\n#a #b\nMore") lost
 * its tags but kept its line, and a paragraph of tag lines kept an empty line more. Deletions that
 * touch are one gap here; where the gap joins two runs of line breaks into a longer run than
 * either side had, the extra breaks go with the gap (a gap at the text's start or end leaves no
 * break there). Only breaks next to the gap are taken, never up to another change.
 */
export function fixAllChanges(text: string, fixes: readonly Fix[]): Fix[] {
  const changes = fixesLastFirst(fixes).reverse();
  for (let i = 0; i < changes.length; ) {
    // A gap: deletions one right after another.
    let j = i;
    while (changes[j]!.text === '' && j + 1 < changes.length && changes[j + 1]!.text === '' && changes[j + 1]!.start === changes[j]!.end) j++;
    if (changes[i]!.text === '') tidyGap(text, changes, i, j);
    i = j + 1;
  }
  return changes.reverse();
}

function tidyGap(text: string, changes: Fix[], first: number, last: number) {
  const start = changes[first]!.start;
  const end = changes[last]!.end;
  const gone = text.slice(start, end);
  // Only a gap that took something besides breaks (a tag, a laugh) changes the lines around it.
  if (!/[^\n]/.test(gone)) return;
  const before = runBack(text, start);
  const after = runForward(text, end);
  const atStart = start - before === 0;
  const atEnd = end + after === text.length;
  // Only a gap with a break (or the text's edge) on both sides was lines of its own.
  if ((!atStart && before === 0) || (!atEnd && after === 0)) return;
  // At the text's start the breaks after the gap go; at its end those before it too (a gap that
  // took all there was leaves nothing); in the middle the longer run of the two sides stays.
  const keep = atEnd ? 0 : atStart ? before : Math.max(before + leadingBreaks(gone), trailingBreaks(gone) + after);
  let extra = before + after - keep;
  if (extra <= 0) return;
  // Breaks after the gap, as far as the next change; then those before it, back to the previous one.
  const nextStart = changes[last + 1]?.start ?? text.length;
  const forward = Math.min(extra, after, nextStart - end);
  changes[last] = { ...changes[last]!, end: end + forward };
  extra -= forward;
  const prevEnd = changes[first - 1]?.end ?? 0;
  const back = Math.min(extra, before, start - prevEnd);
  if (back > 0) changes[first] = { ...changes[first]!, start: start - back };
}

/** Line breaks right before `at`. */
function runBack(text: string, at: number): number {
  let n = 0;
  while (text[at - n - 1] === '\n') n++;
  return n;
}

/** Line breaks from `at` on. */
function runForward(text: string, at: number): number {
  let n = 0;
  while (text[at + n] === '\n') n++;
  return n;
}

const leadingBreaks = (s: string) => runForward(s, 0);
const trailingBreaks = (s: string) => runBack(s, s.length);
