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
  takeBlankLines(text, changes);
  for (let i = 0; i < changes.length; ) {
    // A gap: deletions one after another with nothing but line breaks between them.
    let j = i;
    while (changes[j]!.text === '' && j + 1 < changes.length && changes[j + 1]!.text === '' && onlyBreaks(text, changes[j]!.end, changes[j + 1]!.start)) j++;
    if (changes[i]!.text === '') tidyGap(text, changes, i, j);
    i = j + 1;
  }
  unindentAfterEmptiedLine(text, changes);
  keepApart(text, changes);
  return changes.reverse();
}

/**
 * Text put in right after deletions that took the space or line break before it, next to a word
 * ("Fresh roast\n#tag " with the tag removed and the required hashtag appended, glued on as
 * nothing was needed after the space): it takes the place of what went, on the line the deletion
 * emptied, or after a space ("Fresh roast#NordlysCoffee"; rev34).
 */
function keepApart(text: string, changes: Fix[]): void {
  for (let i = 0; i + 1 < changes.length; i++) {
    const put = changes[i + 1]!;
    if (changes[i]!.text !== '' || put.start !== changes[i]!.end || put.end !== put.start || put.text === '' || /^\s/u.test(put.text)) continue;
    let k = i;
    while (k > 0 && changes[k - 1]!.text === '' && changes[k - 1]!.end === changes[k]!.start) k--;
    const from = changes[k]!.start;
    if (from === 0 || /\s/u.test(text[from - 1]!)) continue;
    const gone = text.slice(from, put.start);
    if (!/\s/u.test(gone)) continue;
    changes[i + 1] = { ...put, text: (gone.includes('\n') ? '\n' : ' ') + put.text };
  }
}

/**
 * Text put in right where a deletion emptied a line from its start ("Fresh roast\n#a #b" and the
 * required " #NordlysCoffee" appended) starts that line: its leading spaces, glue for the word it
 * followed, would indent it.
 */
function unindentAfterEmptiedLine(text: string, changes: Fix[]): void {
  for (let i = 0; i + 1 < changes.length; i++) {
    const gone = changes[i]!;
    const put = changes[i + 1]!;
    if (gone.text !== '' || put.start !== gone.end || put.end !== put.start || !isBlank(put.text[0])) continue;
    // Where the deletions that end here begin.
    let k = i;
    while (k > 0 && changes[k - 1]!.text === '' && changes[k - 1]!.end === changes[k]!.start) k--;
    const from = changes[k]!.start;
    if (!(from === 0 || text[from - 1] === '\n') || !(gone.end === text.length || text[gone.end] === '\n')) continue;
    changes[i + 1] = { ...put, text: put.text.replace(/^[ \t]+/, '') };
  }
}

const onlyBreaks = (text: string, from: number, to: number) => runForward(text, from) >= to - from;
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

function tidyGap(text: string, changes: Fix[], first: number, last: number) {
  const start = changes[first]!.start;
  const end = changes[last]!.end;
  const prevEnd = changes[first - 1]?.end ?? 0;
  const nextStart = changes[last + 1]?.start ?? text.length;
  let inner = 0;
  for (let k = first; k < last; k++) inner += changes[k + 1]!.start - changes[k]!.end;
  // Only a gap that took something besides breaks (a tag, a laugh) changes the lines around it.
  if (end - start - inner === 0 || !/[^\n]/.test(text.slice(start, end))) return;
  const before = runBack(text, start);
  const after = runForward(text, end);
  // The text's start or end only when no other change goes in there: a required hashtag appended
  // at the end would otherwise lose the break before it ("Fresh roast#NordlysCoffee"; rev33).
  const atStart = start - before === 0 && first === 0;
  const atEnd = end + after === text.length && last === changes.length - 1;
  // At the text's start the breaks the user put before the gap stay, at its end those after a gap
  // inside a line ("Text #tag\n"); no others (a gap that took all there was leaves nothing).
  // Elsewhere the longest run of breaks the text had there stays: a paragraph break stays one, a
  // single break single.
  const keep = atEnd ? (before > 0 || start === 0 ? 0 : after) : atStart ? before : longestRun(text, start - before, end + after);
  let extra = before + inner + after - keep;
  if (extra <= 0) return;
  // Breaks after the gap (as far as the next change), then those inside it, then those before it
  // (back to the previous change).
  const forward = Math.min(extra, after, nextStart - end);
  if (forward > 0) changes[last] = { ...changes[last]!, end: end + forward };
  extra -= forward;
  for (let k = first; k < last && extra > 0; k++) {
    const between = changes[k + 1]!.start - changes[k]!.end;
    const take = Math.min(extra, between);
    if (take > 0) changes[k] = { ...changes[k]!, end: changes[k]!.end + take };
    extra -= take;
  }
  const back = Math.min(extra, before, start - prevEnd);
  if (back > 0) changes[first] = { ...changes[first]!, start: start - back };
}

/**
 * Deletions one right after another that leave only spaces on their line ("Text\n  #a #b\nMore")
 * take those spaces too, so the line is empty and goes like any other (rev33). An indent before
 * what stays on the line is the user's, and stays.
 */
function takeBlankLines(text: string, changes: Fix[]): void {
  for (let i = 0; i < changes.length; ) {
    let j = i;
    while (changes[j]!.text === '' && j + 1 < changes.length && changes[j + 1]!.text === '' && changes[j + 1]!.start === changes[j]!.end) j++;
    if (changes[i]!.text === '') {
      let from = changes[i]!.start;
      const prevEnd = changes[i - 1]?.end ?? 0;
      while (from > prevEnd && isBlank(text[from - 1])) from--;
      let to = changes[j]!.end;
      const nextStart = changes[j + 1]?.start ?? text.length;
      while (to < nextStart && isBlank(text[to])) to++;
      if ((from === 0 || text[from - 1] === '\n') && (to === text.length || text[to] === '\n')) {
        changes[i] = { ...changes[i]!, start: from };
        changes[j] = { ...changes[j]!, end: to };
      }
    }
    i = j + 1;
  }
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

