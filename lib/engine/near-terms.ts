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
import type { Span, Word } from './segments';
import { compileTerm, joined, symbolsAfter, symbolsBefore, type TermPattern } from './term-pattern';
import type { WordIndex } from './terms';

export interface NearMatch extends Span {
  /** Index of the name in the list the matcher was built from. */
  index: number;
}

const MIN_LOOSE = 4;
/** A word key without a possessive "'s" ("cofee's" → "cofee"): the name's typo ends before it. */
const bare = (key: string) => (key.endsWith("'s") ? key.slice(0, -2) : key);

/**
 * The form of a draft word that is compared with a name's word, and the edits between them: with
 * `possessive`, the word without its "'s" first ("Cofee's" is "Cofee" + 's), then the word whole (a
 * name's own "'s": "Jery's" for "Jerry's"); undefined when neither is a typo of it.
 */
function compared(key: string, wanted: string, possessive: boolean): { key: string; edits: number } | undefined {
  if (possessive) {
    const without = bare(key);
    const edits = without === key ? undefined : wordEdits(without, wanted);
    if (edits !== undefined) return { key: without, edits };
  }
  const edits = wordEdits(key, wanted);
  return edits === undefined ? undefined : { key, edits };
}

/**
 * Norwegian letters as a keyboard without them writes them: "Vesteraalen" for "Vesterålen",
 * "Tromsoe" for "Tromsø", "Baerum" for "Bærum" (two edits by count, one slip by intent; QA22).
 */
const NORDIC = /[åøæ]/;
const foldNordic = (word: string) => word.replace(/å/g, 'aa').replace(/ø/g, 'oe').replace(/æ/g, 'ae');
/** The first letter a name's bucket is kept under: "Ålesund" is looked for among words starting "a" too. */
const bucketOf = (letter: string) => (letter === 'å' || letter === 'æ' ? 'a' : letter === 'ø' ? 'o' : letter);

/** Edits between a draft word and a name's word, or undefined when it is no typo of it. */
function wordEdits(found: string, wanted: string): number | undefined {
  if (found === wanted) return 0;
  if (wanted.length < MIN_LOOSE || found.length < MIN_LOOSE - 1) return undefined;
  if ((NORDIC.test(wanted) || NORDIC.test(found)) && foldNordic(found) === foldNordic(wanted)) return 1;
  if (found[0] !== wanted[0] || found.startsWith(wanted)) return undefined;
  const edits = editsWithin(found, wanted, 1);
  return edits <= 1 ? edits : undefined;
}

interface Name extends TermPattern {
  index: number;
  budget: number;
}

export class NearTermMatcher {
  private readonly names: Name[] = [];
  /**
   * The names by the first character of their first word: a draft word is compared only with the
   * names it could start (an exact word or a typo shares its first letter). With 1,000 product
   * names every word was compared with every name: 5 ms a check of 280 characters (QA22).
   */
  private readonly byFirstChar = new Map<string, Name[]>();
  /** Every word of every name: such a word is never read as a typo of another name. */
  private readonly exactWords: ReadonlySet<string>;

  constructor(terms: readonly string[]) {
    terms.forEach((term, index) => {
      // Symbols are part of the name, as written ("Ben & Jerry's"): only its words may be mistyped.
      const pattern = compileTerm(term.trim());
      const { tokens } = pattern;
      const letters = tokens.reduce((n, t) => n + t.length, 0);
      if (tokens.length && tokens.some((t) => t.length >= MIN_LOOSE)) this.names.push({ ...pattern, index, budget: letters < 10 ? 1 : 2 });
    });
    this.exactWords = new Set(this.names.flatMap((n) => n.tokens));
    for (const name of this.names) {
      const first = bucketOf(name.tokens[0]![0]!);
      const bucket = this.byFirstChar.get(first);
      if (bucket) bucket.push(name);
      else this.byFirstChar.set(first, [name]);
    }
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
      const candidates = this.byFirstChar.get(bucketOf(key[0] ?? ''));
      if (!candidates) continue;
      for (const name of candidates) {
        const first = compared(key, name.tokens[0]!, name.tokens.length === 1 && !name.trail);
        if (!first) continue;
        if (first.edits > 0 && exactWords.has(first.key)) continue;
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
        const found = this.matchAt(name, words, at, text);
        if (!found) continue;
        const span = { start: found.start, end: found.end, index: name.index };
        while (k < taken.length && taken[k]!.end <= span.start) k++;
        if (k < taken.length && taken[k]!.start < span.end) continue;
        out.push(span);
        next = at + name.tokens.length;
        break;
      }
    }
    return out;
  }

  /** The span of a typo of `name` starting at words[at], or undefined (also when it is no typo at all). */
  private matchAt(name: Name, words: readonly Word[], at: number, text: string): Span | undefined {
    const exactWords = this.exactWords;
    const start = name.lead ? symbolsBefore(text, words[at]!.start, name.lead) : words[at]!.start;
    if (start < 0) return undefined;
    let edits = 0;
    const last = name.tokens.length - 1;
    let end = -1;
    for (let k = 0; k <= last; k++) {
      const word = words[at + k];
      if (!word) return undefined;
      if (k > 0 && !joined(name, k - 1, text, words[at + k - 1]!, word)) return undefined;
      // The possessive stays outside the name, unless the name ends with symbols (they come first).
      const found = compared(word.key, name.tokens[k]!, k === last && !name.trail);
      if (!found || (found.edits > 0 && exactWords.has(found.key))) return undefined;
      edits += found.edits;
      if (edits > name.budget) return undefined;
      end = found.key === word.key ? word.end : word.end - 2;
    }
    if (name.trail) end = symbolsAfter(text, end, name.trail);
    return edits > 0 && end >= 0 ? { start, end } : undefined;
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
