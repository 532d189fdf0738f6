// Word tokens with UTF-16 offsets for phrase matching (hostility, formality, complaint cues).
// A word is a run of letters, digits, apostrophes and inner `*` (so "f*ck" stays one word).
// URLs, e-mail addresses, @mentions and #hashtags are skipped: people name things there.
import { isSpaceCode, isWordCode } from './text-units';

export interface WordToken {
  lower: string;
  start: number;
  end: number;
  /** Sentence or clause punctuation sits between this word and the next one. */
  breakAfter: boolean;
}

/**
 * The ranges wordTokens skips, left to right: a URL (`http://`, `https://`, `www.` up to the next
 * space, wherever it starts), a whole whitespace piece shaped like an e-mail address
 * (`name@host.tld`), and a sigil with its word (`@name`, `#tag`, `$NOK`). A hand-written
 * scanner, not a regular expression: every character is looked at a bounded number of times,
 * so 100,000 characters of emoji, lone surrogates or `@` cost one pass (the regex it replaces
 * backtracked quadratically on long runs without spaces).
 */
export function skipRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  // Is position p the start of a whitespace piece (start of text or after a space)?
  let pieceStart = true;
  let p = 0;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    let end = 0;
    // h H w W
    if (c === 104 || c === 72 || c === 119 || c === 87) end = urlAt(text, p);
    if (!end && pieceStart) end = emailAt(text, p);
    // @ # $
    if (!end && (c === 64 || c === 35 || c === 36)) end = sigilAt(text, p);
    if (end) {
      out.push([p, end]);
      pieceStart = false;
      p = end;
    } else {
      pieceStart = isSpaceUnit(c);
      p++;
    }
  }
  return out;
}

// ASCII answered here, the rest by the shared test: this runs once per character.
const isSpaceUnit = (c: number) => (c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 0xa0 && isSpaceCode(c));

function pieceEnd(text: string, p: number): number {
  let e = p;
  while (e < text.length && !isSpaceUnit(text.charCodeAt(e))) e++;
  return e;
}

const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
function startsWithAscii(text: string, p: number, prefix: string): boolean {
  if (p + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) if (lowerAscii(text.charCodeAt(p + k)) !== prefix.charCodeAt(k)) return false;
  return true;
}

/** `http://`, `https://` or `www.` followed by at least one non-space: the end of the URL, or 0. */
function urlAt(text: string, p: number): number {
  const c = lowerAscii(text.charCodeAt(p));
  if (c !== 104 && c !== 119) return 0;
  const len = startsWithAscii(text, p, 'https://') ? 8 : startsWithAscii(text, p, 'http://') ? 7 : startsWithAscii(text, p, 'www.') ? 4 : 0;
  if (!len || p + len >= text.length || isSpaceUnit(text.charCodeAt(p + len))) return 0;
  return pieceEnd(text, p + len);
}

/** A piece `local@host` whose host has a `.` after its first character and something after the dot. */
function emailAt(text: string, p: number): number {
  let at = p;
  while (at < text.length && text.charCodeAt(at) !== 64 && !isSpaceUnit(text.charCodeAt(at))) at++;
  if (at === p || text.charCodeAt(at) !== 64) return 0;
  let runEnd = at + 1;
  while (runEnd < text.length && text.charCodeAt(runEnd) !== 64 && !isSpaceUnit(text.charCodeAt(runEnd))) runEnd++;
  let dot = false;
  for (let j = at + 2; j < runEnd && !dot; j++) dot = text.charCodeAt(j) === 46 && j + 1 < text.length && !isSpaceUnit(text.charCodeAt(j + 1));
  return dot ? pieceEnd(text, runEnd) : 0;
}

/** `@`, `#` or `$` followed by letters, digits or `_`: the end of the name, or 0. */
function sigilAt(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (c !== 64 && c !== 35 && c !== 36) return 0;
  let e = p + 1;
  while (e < text.length) {
    const cp = text.codePointAt(e)!;
    if (cp === 95 || (cp <= 0xffff ? isWordCode(cp) : ASTRAL_WORD.test(String.fromCodePoint(cp)))) e += cp > 0xffff ? 2 : 1;
    else break;
  }
  return e > p + 1 ? e : 0;
}
const ASTRAL_WORD = /^[\p{L}\p{N}]$/u;

// ASCII answered here, the rest by the shared table: this runs once per character.
const isWordUnit = (c: number) => (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : isWordCode(c));

export function wordTokens(text: string): WordToken[] {
  const skipped = skipRanges(text);
  const out: WordToken[] = [];
  let k = 0;
  let i = 0;
  while (i < text.length) {
    while (k < skipped.length && skipped[k]![1] <= i) k++;
    const skip = skipped[k];
    if (skip && skip[0] <= i) {
      i = skip[1];
      continue;
    }
    const c = text.charCodeAt(i);
    if (!isWordUnit(c)) {
      // . ! ? ; : , end a clause.
      if ((c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44) && out.length) out[out.length - 1]!.breakAfter = true;
      i++;
      continue;
    }
    const start = i;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (isWordUnit(d)) i++;
      // An apostrophe or `*` inside a word ("don't", "f*ck") keeps it one word.
      else if ((d === 39 || d === 0x2019 || d === 42) && i + 1 < text.length && isWordUnit(text.charCodeAt(i + 1))) i++;
      else break;
    }
    // Lone surrogates or marks glued to letters: keep the range, it only ever names this text.
    const lower = text.slice(start, i).toLowerCase();
    out.push({ lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end: i, breakAfter: false });
  }
  return out;
}

interface Phrase<T> {
  words: string[];
  prefixLast: boolean;
  value: T;
}

/**
 * A phrase list compiled for matching word sequences: first word → phrases starting with it,
 * and one-word prefix phrases ("idiot*") by their first two characters, packed into a small
 * integer so a look-up per word allocates nothing.
 */
export interface PhraseIndex<T> {
  exact: ReadonlyMap<string, Phrase<T>[]>;
  prefix: ReadonlyMap<number, Phrase<T>[]>;
}

/**
 * The first two UTF-16 units of a word as one key, 15 bits each (0 = no such unit): below 2^30,
 * a small integer to V8 (a larger key, such as three units, is a heap number allocated per
 * look-up). Units above 0x7ffe share keys with others; prefixMatches checks each candidate whole.
 */
const unitOrNone = (word: string, k: number) => (k < word.length ? (word.charCodeAt(k) + 1) & 0x7fff : 0);
const head2 = (word: string) => unitOrNone(word, 0) * 0x8000 + unitOrNone(word, 1);

/**
 * Does `word` match the one-word prefix phrase `prefix*`? It starts with it, and a prefix shorter
 * than three characters matches only itself ("ok*" is not "okay"), as when the key held three.
 */
const prefixMatches = (word: string, prefix: string) => word.startsWith(prefix) && (prefix.length >= 3 || word.length === prefix.length);

/**
 * Compiles phrases ("calm down", "roe deg ned", "idiot*") into an index by first word. A phrase
 * ending in `*` matches any word starting with its last word (Norwegian inflects).
 */
export function compilePhrases<T>(entries: [string, T][]): PhraseIndex<T> {
  const exact = new Map<string, Phrase<T>[]>();
  const prefix = new Map<number, Phrase<T>[]>();
  for (const [phrase, value] of entries) {
    const prefixLast = phrase.endsWith('*');
    const words = (prefixLast ? phrase.slice(0, -1) : phrase).toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    const entry = { words, prefixLast, value };
    if (words.length === 1 && prefixLast) {
      const key = head2(words[0]!);
      prefix.set(key, [...(prefix.get(key) ?? []), entry]);
    } else exact.set(words[0]!, [...(exact.get(words[0]!) ?? []), entry]);
  }
  return { exact, prefix };
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
  /** Index of the first and one past the last matched word. */
  from: number;
  to: number;
}

/** Longest phrase matches, left to right, never overlapping; phrases do not cross sentence breaks. */
export function matchPhrases<T>(words: WordToken[], index: PhraseIndex<T>): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  for (let i = 0; i < words.length; ) {
    const first = words[i]!.lower;
    // A one-word prefix phrase only matches where no phrase of the exact list does (it is never longer).
    const best = longest(words, i, index.exact.get(first), undefined) ?? (index.prefix.size ? prefixAt(words, i, index.prefix.get(head2(first))) : undefined);
    if (best) {
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}

/** The first one-word prefix phrase of `candidates` matching word `i`. */
function prefixAt<T>(words: WordToken[], i: number, candidates: Phrase<T>[] | undefined): PhraseMatch<T> | undefined {
  if (!candidates) return undefined;
  const w = words[i]!;
  for (const c of candidates) if (prefixMatches(w.lower, c.words[0]!)) return { start: w.start, end: w.end, value: c.value, from: i, to: i + 1 };
  return undefined;
}

/** The longest of `candidates` matching at word `i`, or `best` when none is longer. */
function longest<T>(words: WordToken[], i: number, candidates: Phrase<T>[] | undefined, best: PhraseMatch<T> | undefined): PhraseMatch<T> | undefined {
  if (!candidates) return best;
  for (const c of candidates) {
    const n = c.words.length;
    let ok = i + n <= words.length;
    for (let k = 0; ok && k < n; k++) {
      const w = words[i + k]!;
      const want = c.words[k]!;
      const last = k === n - 1;
      ok = last && c.prefixLast ? w.lower.startsWith(want) : w.lower === want;
      if (ok && !last && w.breakAfter) ok = false;
    }
    if (ok && (!best || n > best.to - best.from)) best = { start: words[i]!.start, end: words[i + n - 1]!.end, value: c.value, from: i, to: i + n };
  }
  return best;
}
