/**
 * Term matching (SPEC section 2): case-insensitive, on word boundaries, Unicode-aware, multi-word,
 * with a trailing `*` matching every word that starts with the term's last word. Runs over the
 * words a Segments already found, so URLs, e-mail addresses, @mentions and hashtags are never
 * matched. Words of a multi-word term may be separated by spaces or hyphens ("food-poisoning"
 * matches "food poisoning"), never by punctuation that ends a clause. Symbols in a term are part
 * of it, as written (term-pattern.ts): `C++` matches "C++", not "C".
 */
import type { Span, Word } from './segments';
import { compileTerm, joined, symbolsAfter, symbolsBefore, type TermPattern } from './term-pattern';

/** Positions in a word list by word key. */
export type WordIndex = ReadonlyMap<string, readonly number[]>;

export interface TermMatch extends Span {
  /** Index of the matched term in the list the matcher was built from. */
  index: number;
}

interface CompiledTerm extends TermPattern {
  index: number;
  /** The last token is a prefix (only for a term that ends with a word: `café*`). */
  wildcard: boolean;
  /** For terms with no word characters at all (an emoji, "$$$"): matched as plain text. */
  literal?: string;
}

export interface TermMatcherOptions {
  /** "Nordlys Coffee's" holds "Nordlys Coffee" (the match stops before the 's). */
  possessive?: boolean;
  /**
   * Symbols before the first word and after the last are not required (calls to action: "Order
   * now!" is there in "Order now."); symbols between words still are.
   */
  looseEnds?: boolean;
}

export class TermMatcher {
  private byFirst = new Map<string, CompiledTerm[]>();
  /** One-word prefix terms (`café*`) by their word, and the lengths those words have. */
  private prefixByToken = new Map<string, CompiledTerm[]>();
  private prefixLengths: number[] = [];
  private literals: CompiledTerm[] = [];

  constructor(terms: readonly string[], options: TermMatcherOptions = {}) {
    this.possessive = options.possessive ?? false;
    terms.forEach((raw, index) => {
      const term = raw.trim();
      const star = term.endsWith('*');
      const pattern = compileTerm(star ? term.slice(0, -1).trimEnd() : term);
      const { tokens } = pattern;
      if (!tokens.length) {
        const literal = term.replace(/\*$/, '').toLowerCase();
        if (literal) this.literals.push({ ...pattern, index, wildcard: false, literal });
        return;
      }
      if (options.looseEnds) {
        pattern.lead = '';
        pattern.trail = '';
      }
      // A `*` after a symbol ("50%*") adds nothing: nothing after a symbol is a word boundary anyway.
      const wildcard = star && !pattern.trail;
      const compiled: CompiledTerm = { ...pattern, index, wildcard };
      if (wildcard && tokens.length === 1) {
        const list = this.prefixByToken.get(tokens[0]!) ?? [];
        list.push(compiled);
        this.prefixByToken.set(tokens[0]!, list);
      } else {
        const list = this.byFirst.get(tokens[0]!) ?? [];
        list.push(compiled);
        this.byFirst.set(tokens[0]!, list);
      }
    });
    this.prefixLengths = [...new Set([...this.prefixByToken.keys()].map((token) => token.length))].sort((a, b) => a - b);
  }

  private readonly possessive: boolean;

  /**
   * The prefix terms a word starts with, in plan order. Looked up by the word's own prefixes, one
   * per length a prefix term has, not by trying every term: 10,000 prefix terms cost a short check
   * 20 ms when each was tried against each word.
   */
  private prefixTermsOf(key: string): readonly CompiledTerm[] | undefined {
    let found: CompiledTerm[] | undefined;
    let lists = 0;
    for (const length of this.prefixLengths) {
      if (length > key.length) break;
      const terms = this.prefixByToken.get(key.slice(0, length));
      if (!terms) continue;
      found = lists++ ? [...found!, ...terms] : terms;
    }
    // Each list is in plan order; several joined are sorted back into it (the first term wins a tie).
    return lists > 1 ? found!.sort((a, b) => a.index - b.index) : found;
  }

  get empty(): boolean {
    return this.byFirst.size === 0 && this.prefixByToken.size === 0 && this.literals.length === 0;
  }

  /**
   * How far (end offset) `term` matches from words[at] on, its trailing symbols included, or -1.
   * Its leading symbols are the caller's (bestAt): no object is made per candidate.
   */
  private matchAt(term: CompiledTerm, words: readonly Word[], at: number, text: string): number {
    const last = term.tokens.length - 1;
    for (let k = 0; k <= last; k++) {
      const word = words[at + k];
      if (!word) return -1;
      if (k > 0 && !joined(term, k - 1, text, words[at + k - 1]!, word)) return -1;
      const token = term.tokens[k]!;
      if (k === last && term.wildcard) {
        if (!word.key.startsWith(token)) return -1;
      } else if (word.key !== token) {
        // "Nordlys Coffee's" is still the brand name: the match stops before the possessive.
        if (k === last && this.possessive && !term.trail && word.key === `${token}'s`) return word.end - 2;
        return -1;
      }
      if (k === last) return term.trail ? symbolsAfter(text, word.end, term.trail) : word.end;
    }
    return -1;
  }

  /**
   * The longest term matching at words[i] and starting at or after `from` (the end of the match
   * before: a term's leading symbols must not reach back into it), with how many words it spans.
   * The words are outside `holes` (links); a term's leading or trailing symbols must be too.
   */
  private bestAt(words: readonly Word[], i: number, text: string, from: number, holes: readonly Span[]): { match: TermMatch; words: number } | undefined {
    const word = words[i]!;
    let best: { match: TermMatch; words: number } | undefined;
    const consider = (terms: readonly CompiledTerm[] | undefined) => {
      for (const term of terms ?? []) {
        const start = term.lead ? symbolsBefore(text, word.start, term.lead) : word.start;
        if (start < from) continue; // also -1: the leading symbols are not there
        const end = this.matchAt(term, words, i, text);
        if (end < 0 || (best && end <= best.match.end)) continue;
        if ((term.lead || term.trail) && overlapsAny(holes, start, end)) continue;
        best = { match: { start, end, index: term.index }, words: term.tokens.length };
      }
    };
    const candidates = this.byFirst.get(word.key);
    consider(candidates);
    if (this.possessive && !candidates && word.key.endsWith("'s")) consider(this.byFirst.get(word.key.slice(0, -2)));
    if (!best && this.prefixLengths.length) consider(this.prefixTermsOf(word.key));
    return best;
  }

  /** Word positions where some term could start, from an index of the words by key. */
  private candidatePositions(index: WordIndex): number[] {
    const positions: number[] = [];
    // A loop, not push(...list): a word repeated 150,000 times would overflow the call stack.
    const add = (list: readonly number[] | undefined) => {
      if (list) for (const at of list) positions.push(at);
    };
    for (const token of this.byFirst.keys()) {
      add(index.get(token));
      if (this.possessive) add(index.get(`${token}'s`));
    }
    if (this.prefixLengths.length) {
      for (const [key, at] of index) if (this.prefixTermsOf(key)) add(at);
    }
    return [...new Set(positions)].sort((a, b) => a - b);
  }

  /**
   * Non-overlapping matches in text order; at one position the longest term wins. With `index`
   * (Segments.wordIndex) only the positions of the terms' first words are visited, so five term
   * rules on a long post do not each walk every word.
   */
  find(words: readonly Word[], text: string, holes: readonly Span[] = [], index?: WordIndex): TermMatch[] {
    const out: TermMatch[] = [];
    if (this.empty) return out;
    const positions = index ? this.candidatePositions(index) : undefined;
    let next = 0;
    let from = 0;
    const visit = (i: number) => {
      if (i < next) return;
      const best = this.bestAt(words, i, text, from, holes);
      if (best) {
        out.push(best.match);
        next = i + best.words;
        from = best.match.end;
      }
    };
    if (positions) positions.forEach(visit);
    else for (let i = 0; i < words.length; i++) visit(i);
    if (this.literals.length) for (const literal of this.findLiterals(text, holes, out)) out.push(literal);
    return out.sort((a, b) => a.start - b.start);
  }

  private findLiterals(text: string, holes: readonly Span[], taken: readonly TermMatch[]): TermMatch[] {
    const lower = text.toLowerCase();
    const out: TermMatch[] = [];
    // toLowerCase keeps UTF-16 offsets for every character except a few (İ); then skip the match.
    const sameLength = lower.length === text.length;
    if (!sameLength) return out;
    for (const term of this.literals) {
      for (let at = lower.indexOf(term.literal!); at >= 0; at = lower.indexOf(term.literal!, at + 1)) {
        const span = { start: at, end: at + term.literal!.length, index: term.index };
        const clash = (s: Span) => s.start < span.end && span.start < s.end;
        if (!holes.some(clash) && !taken.some(clash) && !out.some(clash)) out.push(span);
      }
    }
    return out;
  }
}

const cache = new WeakMap<object, Map<string, TermMatcher>>();

/**
 * One matcher per term list of a plan, built on first use: `owner` is the plan object the list
 * comes from (parsed plans are never mutated), `terms` derives the strings from it.
 */
export function matcherFor(owner: object, terms: () => readonly string[], options: TermMatcherOptions = {}): TermMatcher {
  const key = `${options.possessive ? 'possessive' : 'plain'}${options.looseEnds ? ' loose' : ''}`;
  let byKey = cache.get(owner);
  if (!byKey) {
    byKey = new Map();
    cache.set(owner, byKey);
  }
  let matcher = byKey.get(key);
  if (!matcher) {
    matcher = new TermMatcher(terms(), options);
    byKey.set(key, matcher);
  }
  return matcher;
}

/**
 * Whether [start, end) overlaps one of `spans` (sorted, not overlapping: links in text order).
 * A binary search: this runs for every candidate match, and a draft may hold thousands of links.
 */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length;
  // The first span that ends after `start`.
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  return low < spans.length && spans[low]!.start < end;
}
