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
  placeAppended(text, changes);
  return changes.reverse();
}

/**
 * Text appended at the end (the required hashtag) right where deletions end: it takes the place of
 * what went, set apart from the text that stays as what went was. After a removed line or
 * paragraph of tags it starts a line of its own with the breaks the text had before them ("Fresh
 * roast\n\n#a\n#b" → "Fresh roast\n\n#NordlysCoffee"), after a removal inside a line it follows one
 * space; the rule's own separator, a space for the text as it was, would glue it to the word
 * ("Fresh roast#NordlysCoffee"), indent a line, or double a space left before the removal
 * (rev34, rev35). Blank space that stays between the kept text and the removal is made the
 * separator (the deletion takes it back when it is not). Only appends: no other fix inserts text
 * where a removal ends, and this is a rule about where an added tag goes.
 */
function placeAppended(text: string, changes: Fix[]): void {
  const put = changes[changes.length - 1];
  const gone = changes[changes.length - 2];
  if (!put || !gone || put.start !== text.length || put.end !== put.start || gone.text !== '' || gone.end !== put.start) return;
  const body = put.text.replace(/^[ \t]+/, '');
  if (body === '' || /^\s/u.test(body)) return;
  // The last text that stays before it: back over blank space and the deletions that meet it, or
  // have only blank space between them (a gap).
  const last = changes.length - 2;
  let first = last + 1;
  let kept = put.start;
  for (;;) {
    const prevEnd = changes[first - 1]?.end ?? 0;
    while (kept > prevEnd && /\s/u.test(text[kept - 1]!)) kept--;
    if (kept !== prevEnd || first === 0 || changes[first - 1]!.text !== '') break;
    first--;
    kept = changes[first]!.start;
  }
  // Nothing stays before it (or only the user's leading space): it opens the text.
  if (kept === 0) {
    changes[changes.length - 1] = { ...put, text: body };
    return;
  }
  // The breaks the text had between what stays and the last piece removed.
  const region = text.slice(kept, put.start).replace(/\s+$/u, '');
  const separator = '\n'.repeat(longestRun(region, 0, region.length)) || ' ';
  const left = text.slice(kept, changes[first]!.start);
  const chained = changes.slice(first, last).every((c, i) => c.end === changes[first + i + 1]!.start);
  if (chained && (left === separator || (separator === ' ' && /^[ \t]+$/.test(left)))) {
    changes[changes.length - 1] = { ...put, text: body };
    return;
  }
  // Otherwise all of it goes, and the separator comes with the appended text.
  changes.splice(first, last - first + 1, { start: kept, end: put.start, text: '' });
  changes[changes.length - 1] = { ...put, text: separator + body };
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

