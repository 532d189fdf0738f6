/**
 * Typos of brand and product names ("Nordly Cofee", "Polar Roats", "NordlysCofee") for
 * `terms.spelling`: the exact matcher (terms.ts) catches casing and spacing; this finds names
 * written a keystroke or two wrong. To stay clear of real words it is strict on purpose:
 *
 * * every word of the name must be there, in order, separated only by spaces or hyphens;
 * * each word may be off by at most one edit (a letter wrong, missing, extra, or two swapped),
 *   and the name as a whole by one edit when it is shorter than 10 letters, two otherwise;
 * * only words of 4 letters or more are compared loosely, and their first letter must be right
 *   (people rarely mistype the first letter; "Polar Toast" or "Polar Coast" are other words);
 * * a word that merely extends the name's word ("Coffees", "iPhones", "Nordlys Coffeen") is an
 *   inflection, not a typo, and is left alone.
 *
 * Only distinct words of the draft are compared (Segments.wordIndex), after a length and
 * first-letter filter, so a 63,000-character post costs well under a millisecond more.
 */
import { editsWithin } from './edit-distance';
import { tokenize, type Span, type Word } from './segments';
import type { WordIndex } from './terms';

export interface NearMatch extends Span {
  /** Index of the name in the list the matcher was built from. */
  index: number;
}

const GAP = /^[\s\u00A0\-\u2010\u2011]+$/u;
const MIN_LOOSE = 4;
/** A word key without a possessive "'s" ("cofee's" → "cofee"): the name's typo ends before it. */
const bare = (key: string) => (key.endsWith("'s") ? key.slice(0, -2) : key);

/** Edits between a draft word and a name's word, or undefined when it is no typo of it. */
function wordEdits(found: string, wanted: string): number | undefined {
  if (found === wanted) return 0;
  if (wanted.length < MIN_LOOSE || found.length < MIN_LOOSE - 1) return undefined;
  if (found[0] !== wanted[0] || found.startsWith(wanted)) return undefined;
  const edits = editsWithin(found, wanted, 1);
  return edits <= 1 ? edits : undefined;
}

interface Name {
  index: number;
  tokens: string[];
  budget: number;
}

export class NearTermMatcher {
  private readonly names: Name[] = [];
  /** Every word of every name: such a word is never read as a typo of another name. */
  private readonly exactWords: ReadonlySet<string>;

  constructor(terms: readonly string[]) {
    terms.forEach((term, index) => {
      const tokens = tokenize(term);
      const letters = tokens.reduce((n, t) => n + t.length, 0);
      if (tokens.length && tokens.some((t) => t.length >= MIN_LOOSE)) this.names.push({ index, tokens, budget: letters < 10 ? 1 : 2 });
    });
    this.exactWords = new Set(this.names.flatMap((n) => n.tokens));
  }

  /**
   * Typo matches not overlapping `taken` (the exact matches, in text order and not overlapping
   * each other, as TermMatcher.find gives them), in text order. A draft word
   * equal to another name's word is never read as a typo.
   */
  find(words: readonly Word[], text: string, index: WordIndex, taken: readonly Span[]): NearMatch[] {
    if (!this.names.length) return [];
    const exactWords = this.exactWords;
    // Positions where a name could start: its first word exactly or a typo of it.
    const starts = new Map<number, Name[]>();
    for (const [key, positions] of index) {
      for (const name of this.names) {
        const first = name.tokens.length === 1 ? bare(key) : key;
        if (wordEdits(first, name.tokens[0]!) === undefined) continue;
        if (first !== name.tokens[0] && exactWords.has(first)) continue;
        for (const at of positions) starts.set(at, [...(starts.get(at) ?? []), name]);
      }
    }
    const out: NearMatch[] = [];
    let next = 0;
    // `taken` is in text order, and so are the candidates: one pointer walks it (no n × m scan).
    let k = 0;
    for (const at of [...starts.keys()].sort((a, b) => a - b)) {
      if (at < next) continue;
      for (const name of starts.get(at)!) {
        const end = this.matchAt(name, words, at, text);
        if (end < 0) continue;
        const span = { start: words[at]!.start, end, index: name.index };
        while (k < taken.length && taken[k]!.end <= span.start) k++;
        if (k < taken.length && taken[k]!.start < span.end) continue;
        out.push(span);
        next = at + name.tokens.length;
        break;
      }
    }
    return out;
  }

  /** End offset of a typo of `name` starting at words[at], or -1 (also when it is no typo at all). */
  private matchAt(name: Name, words: readonly Word[], at: number, text: string): number {
    const exactWords = this.exactWords;
    let edits = 0;
    const last = name.tokens.length - 1;
    let end = -1;
    for (let k = 0; k <= last; k++) {
      const word = words[at + k];
      if (!word) return -1;
      if (k > 0 && !GAP.test(text.slice(words[at + k - 1]!.end, word.start))) return -1;
      const key = k === last ? bare(word.key) : word.key;
      const e = wordEdits(key, name.tokens[k]!);
      if (e === undefined || (e > 0 && exactWords.has(key))) return -1;
      edits += e;
      if (edits > name.budget) return -1;
      end = key === word.key ? word.end : word.end - 2;
    }
    return edits > 0 ? end : -1;
  }
}

const cache = new WeakMap<object, NearTermMatcher>();

/** One matcher per plan term list (parsed plans are never mutated), built on first use. */
export function nearMatcherFor(owner: object, terms: () => readonly string[]): NearTermMatcher {
  let matcher = cache.get(owner);
  if (!matcher) {
    matcher = new NearTermMatcher(terms());
    cache.set(owner, matcher);
  }
  return matcher;
}
