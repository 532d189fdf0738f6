import { fixesLastFirst } from './apply-fix';
import type { Fix } from './types';

/**
 * The changes "Fix all" makes: the fixes last first (fixesLastFirst), with deletions that meet
 * stretched over the line breaks they leave behind.
 *
 * Each removal fix is made to leave clean text on its own (lib/rules/kinds/removal.ts), so it
 * cannot know that its neighbours go too: a line of banned tags only ("Text\n#a #b\nMore") lost
 * its tags but kept its line, and a paragraph of tag lines kept an empty line more. Deletions with
 * nothing but line breaks between them are one gap here; where the gap leaves a longer run of
 * breaks than the text had there, the extra breaks go with it (a gap that opens the text leaves no
 * break after it, one that ends the text none before it). Only breaks next to or inside the gap
 * are taken, never another change's text.
 */
export function fixAllChanges(text: string, fixes: readonly Fix[]): Fix[] {
  const changes = fixesLastFirst(fixes).reverse();
  for (let i = 0; i < changes.length; ) {
    // A gap: deletions one after another with nothing but line breaks between them.
    let j = i;
    while (changes[j]!.text === '' && j + 1 < changes.length && changes[j + 1]!.text === '' && onlyBreaks(text, changes[j]!.end, changes[j + 1]!.start)) j++;
    if (changes[i]!.text === '') tidyGap(text, changes, i, j);
    i = j + 1;
  }
  return changes.reverse();
}

const onlyBreaks = (text: string, from: number, to: number) => runForward(text, from) >= to - from;

function tidyGap(text: string, changes: Fix[], first: number, last: number) {
  const start = changes[first]!.start;
  const end = changes[last]!.end;
  let inner = 0;
  for (let k = first; k < last; k++) inner += changes[k + 1]!.start - changes[k]!.end;
  // Only a gap that took something besides breaks (a tag, a laugh) changes the lines around it.
  if (end - start - inner === 0 || !/[^\n]/.test(text.slice(start, end))) return;
  const before = runBack(text, start);
  const after = runForward(text, end);
  const atStart = start - before === 0;
  const atEnd = end + after === text.length;
  // At the text's start the breaks the user put before the gap stay, at its end those after a gap
  // inside a line ("Text #tag\n"); no others (a gap that took all there was leaves nothing).
  // Elsewhere the longest run of breaks the text had there stays: a paragraph break stays one, a
  // single break single.
  const keep = atEnd ? (before > 0 || start === 0 ? 0 : after) : atStart ? before : longestRun(text, start - before, end + after);
  let extra = before + inner + after - keep;
  if (extra <= 0) return;
  // Breaks after the gap (as far as the next change), then those inside it, then those before it
  // (back to the previous change).
  const forward = Math.min(extra, after, (changes[last + 1]?.start ?? text.length) - end);
  if (forward > 0) changes[last] = { ...changes[last]!, end: end + forward };
  extra -= forward;
  for (let k = first; k < last && extra > 0; k++) {
    const between = changes[k + 1]!.start - changes[k]!.end;
    const take = Math.min(extra, between);
    if (take > 0) changes[k] = { ...changes[k]!, end: changes[k]!.end + take };
    extra -= take;
  }
  const back = Math.min(extra, before, start - (changes[first - 1]?.end ?? 0));
  if (back > 0) changes[first] = { ...changes[first]!, start: start - back };
}

/** The longest run of line breaks in text[from, to). */
function longestRun(text: string, from: number, to: number): number {
  let longest = 0;
  let run = 0;
  for (let i = from; i < to; i++) {
    run = text[i] === '\n' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
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

