// Word tokens with UTF-16 offsets for phrase matching (hostility, formality, complaint cues).
// A word is a run of letters, digits, apostrophes and inner `*` (so "f*ck" stays one word).
// URLs, e-mail addresses, @mentions and #hashtags are skipped: people name things there.
import { isWordChar } from './text-units';

export interface WordToken {
  lower: string;
  start: number;
  end: number;
  /** Sentence or clause punctuation sits between this word and the next one. */
  breakAfter: boolean;
}

// Every alternative starts only where a whitespace-delimited piece starts or at a sigil, so a
// 50,000-letter "word" costs one pass, not a quadratic search for an '@'.
const SKIP = /(?:https?:\/\/|www\.)\S+|(?<!\S)[^\s@]+@[^\s@]+\.\S+|[@#$][\p{L}\p{N}_]+/giu;

export function wordTokens(text: string): WordToken[] {
  const skipped: [number, number][] = [];
  for (const m of text.matchAll(SKIP)) skipped.push([m.index, m.index + m[0].length]);
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
    const ch = text[i]!;
    if (!isWordChar(ch)) {
      if (/[.!?;:,]/.test(ch) && out.length) out[out.length - 1]!.breakAfter = true;
      i++;
      continue;
    }
    const start = i;
    while (i < text.length) {
      const c = text[i]!;
      if (isWordChar(c)) i++;
      else if ((c === "'" || c === '’' || c === '*') && i + 1 < text.length && isWordChar(text[i + 1]!)) i++;
      else break;
    }
    // Lone surrogates or marks glued to letters: keep the range, it only ever names this text.
    out.push({ lower: text.slice(start, i).toLowerCase().replace(/’/g, "'"), start, end: i, breakAfter: false });
  }
  return out;
}

/** A phrase list compiled for matching word sequences: first word → phrases starting with it. */
export type PhraseIndex<T> = ReadonlyMap<string, { words: string[]; prefixLast: boolean; value: T }[]>;

/**
 * Compiles phrases ("calm down", "roe deg ned", "idiot*") into an index by first word. A phrase
 * ending in `*` matches any word starting with its last word (Norwegian inflects).
 */
export function compilePhrases<T>(entries: [string, T][]): PhraseIndex<T> {
  const index = new Map<string, { words: string[]; prefixLast: boolean; value: T }[]>();
  for (const [phrase, value] of entries) {
    const prefixLast = phrase.endsWith('*');
    const words = (prefixLast ? phrase.slice(0, -1) : phrase).toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    const key = words.length === 1 && prefixLast ? `${words[0]!.slice(0, 3)}…` : words[0]!;
    const list = index.get(key) ?? [];
    list.push({ words, prefixLast, value });
    index.set(key, list);
  }
  return index;
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
    const candidates = [...(index.get(first) ?? []), ...(index.get(`${first.slice(0, 3)}…`) ?? [])];
    let best: PhraseMatch<T> | undefined;
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
    if (best) {
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}
