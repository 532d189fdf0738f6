import type { Fix } from './types';

/** Replaces text[fix.start, fix.end) with fix.text. A range outside the text is a caller bug. */
export function applyFix(text: string, fix: Fix): string {
  if (!(Number.isInteger(fix.start) && Number.isInteger(fix.end) && fix.start >= 0 && fix.start <= fix.end && fix.end <= text.length)) {
    throw new RangeError(`fix range [${fix.start}, ${fix.end}) is outside a text of length ${text.length}`);
  }
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
}

/** Two fixes overlap when their ranges share a character, or both insert at the same point. */
export function fixesOverlap(a: Fix, b: Fix): boolean {
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}

/**
 * The fixes to apply together, last in the text first, so each leaves the offsets of those before
 * it as they were. Of overlapping fixes the earlier one (in text order) stays, as in checkDraft.
 */
export function fixesLastFirst(fixes: readonly Fix[]): Fix[] {
  const chosen: Fix[] = [];
  for (const fix of [...fixes].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (!chosen.some((c) => fixesOverlap(c, fix))) chosen.push(fix);
  }
  return chosen.reverse();
}

/** Applies several non-overlapping fixes at once (overlapping later ones are skipped). */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  let out = text;
  for (const fix of fixesLastFirst(fixes)) out = applyFix(out, fix);
  return out;
}
