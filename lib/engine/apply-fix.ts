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

/** Applies several non-overlapping fixes at once (overlapping later ones are skipped). */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const chosen: Fix[] = [];
  for (const fix of [...fixes].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (!chosen.some((c) => fixesOverlap(c, fix))) chosen.push(fix);
  }
  let out = text;
  for (const fix of chosen.reverse()) out = applyFix(out, fix);
  return out;
}
