/**
 * A replacement keeps the capitalisation of the word it replaces (SPEC section 3): "Users love…"
 * → "Coffee lovers love…", "USERS" → "COFFEE LOVERS". A lower-case original leaves the
 * replacement as the plan wrote it, so brand names keep their own capitals.
 */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (!letters) return replacement;
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = letters[0]!;
  if (first !== first.toLowerCase() && first === first.toUpperCase()) {
    const index = replacement.search(/\p{L}/u);
    if (index < 0) return replacement;
    const char = String.fromCodePoint(replacement.codePointAt(index)!);
    return replacement.slice(0, index) + char.toUpperCase() + replacement.slice(index + char.length);
  }
  return replacement;
}
