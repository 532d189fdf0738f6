/**
 * The pieces of a draft the rules look at, with UTF-16 offsets: hashtags, @mentions, links,
 * e-mail addresses, emoji, words and sentences. Each list is computed on first use and shared by
 * every rule of one check.
 *
 * Why not Intl.Segmenter everywhere: on a 63,206-character post its grapheme mode takes ~200 ms
 * and its word mode ~70 ms (V8, 2026), far over one frame. Emoji are matched by a regular
 * expression over the emoji sequence grammar (UTS #51: flags, keycaps, modifiers, ZWJ and tag
 * sequences), which tests check against Intl.Segmenter's graphemes; words are runs of letters,
 * marks and digits, which is what term matching needs for the alphabetic languages Brandline
 * supports.
 */
import twitter from 'twitter-text';
import { isSpaceCode } from '../tone/text-units';
import type { ChannelId } from './types';

export interface Span {
  start: number;
  end: number;
}

export interface Hashtag extends Span {
  /** Without the `#`. */
  tag: string;
}

export interface Mention extends Span {
  /** Without the `@`. */
  handle: string;
}

export interface Link extends Span {
  /** The URL exactly as typed (scheme optional). */
  url: string;
}

export interface Word extends Span {
  /** NFC, lower case: the form terms are compared in. */
  key: string;
}

// twitter-text's hashtag grammar (letters/marks/digits/_ with at least one letter, not after a
// letter, digit, `_` or `&`, not followed by another `#` or `://`), as one Unicode regex: ~10×
// faster than its extractor on long posts. `(?=(…+))\1` takes the whole run without backtracking
// into it, so "#abc#def" is no hashtag rather than "#ab".
const HASHTAG_CHAR = String.raw`(?:[\p{L}\p{M}\p{N}_\u00B7]|\u200C|\u200D)`;
const HASHTAG = new RegExp(
  String.raw`(?<!(?![\uFE0E\uFE0F])[\p{L}\p{M}\p{N}_&\u00B7]|\u200C|\u200D)[#＃](?![\uFE0F\u20E3])(?=(${HASHTAG_CHAR}+))\1(?![#＃]|:\/\/)`,
  'gu',
);
const HAS_LETTER = /[\p{L}\p{M}]/u;
// Instagram and Facebook handles: letters, digits, `_` and inner dots, up to 30 characters.
const META_MENTION = /(?<![\p{L}\p{M}\p{N}_.@])[@＠]([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![A-Za-z0-9_@])/gu;
// One emoji grapheme: a flag, a keycap, or pictographs joined by ZWJ, each with what extends it
// (skin-tone modifiers, presentation selectors, combining marks, tag characters as in 🏴󠁧󠁢󠁳󠁣󠁴󠁿).
const EMOJI_EXTEND = String.raw`(?:\p{M}|\p{Emoji_Modifier}|[\u{E0020}-\u{E007F}])`;
const PICTOGRAPH = String.raw`\p{Extended_Pictographic}${EMOJI_EXTEND}*`;
const EMOJI = new RegExp(
  String.raw`(?:\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|${PICTOGRAPH}(?:\u200D${PICTOGRAPH})*)(?:${EMOJI_EXTEND}|\u200D)*`,
  'gu',
);
// Pictographs that are ordinary text symbols unless followed by U+FE0F (© ® ™ ‼ ⁉ ℹ and arrows).
const TEXT_STYLE_SYMBOL = /^[\u00A9\u00AE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA]$/u;
// Soft hyphens and zero-width characters inside a word leave it one word ("che\u00ADap" reads
// "cheap" on screen, and must not slip past a banned term; rev31 F6).
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’]|[\u00AD\u200B-\u200D\u2060]+)[\p{L}\p{M}\p{N}]+)*/gu;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;
// A sentence ends at . ! ? … (and runs of them) before a space or the end, or at a blank line;
// not after a common abbreviation (English and Norwegian). A run is tried from its first mark
// only (or from the mark after an abbreviation's dot: "etc... And"): tried from every mark, a long run of dots not followed by a space backtracked to its end
// from each one (63,000 dots took 6.5 s a check; rev23).
const SENTENCE_END = /(?<!(?<!\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|st|f\.eks|bl\.a|dvs|osv|mv|nr|ca|jf|evt))[.!?…])(?<!\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|st|f\.eks|bl\.a|dvs|osv|mv|nr|ca|jf|evt)(?=\.))[.!?…]+["'”’)\]]*(?=\s|$)|\n\s*\n/giu;

function matchAll<T>(text: string, pattern: RegExp, make: (m: RegExpExecArray) => T | undefined): T[] {
  const out: T[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const item = make(m);
    if (item !== undefined) out.push(item);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

export function findHashtags(text: string): Hashtag[] {
  if (!text.includes('#') && !text.includes('＃')) return [];
  return matchAll(text, HASHTAG, (m) => (HAS_LETTER.test(m[1]!) ? { start: m.index, end: m.index + m[0].length, tag: m[1]! } : undefined));
}

export function findMentions(text: string, channel: ChannelId): Mention[] {
  if (channel === 'x') {
    return twitter.extractMentionsWithIndices(text).map(({ screenName, indices: [start, end] }) => ({ start, end, handle: screenName }));
  }
  return matchAll(text, META_MENTION, (m) => ({ start: m.index, end: m.index + m[0].length, handle: m[1]! }));
}

const EMAIL_LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const EMAIL_AT = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

/** E-mail addresses, found from each `@` outwards: a regex run from every word start is ~10× slower. */
export function findEmails(text: string): Span[] {
  const out: Span[] = [];
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > lastEnd) {
      const code = text.codePointAt(start - 1)!;
      // Step back over a whole code point (a low surrogate's pair starts one unit earlier).
      const width = start >= 2 && code >= 0xdc00 && code <= 0xdfff ? 2 : 1;
      const char = String.fromCodePoint(text.codePointAt(start - width)!);
      if (!EMAIL_LOCAL_CHAR.test(char)) break;
      start -= width;
    }
    if (start === at) continue;
    const match = EMAIL_AT.exec(text.slice(start, Math.min(text.length, at + 256)));
    if (match && start + match[0].length > at + 1) {
      out.push({ start, end: start + match[0].length });
      lastEnd = start + match[0].length;
      at = lastEnd - 1;
    }
  }
  return out;
}

/** URLs with or without a scheme (bare domains need a valid TLD), as twitter-text finds them. */
export function findLinks(text: string, maxRun: number = MAX_LINK_RUN): Link[] {
  if (!text.includes('.') && !text.includes('．') && !text.includes('。')) return [];
  // twitter-text's URL regex backtracks over long runs without spaces: 16,000 characters of "🙄."
  // took 1.8 s (a frozen page on every keystroke). A URL never holds whitespace, so each run of
  // non-space characters is looked at on its own (its neighbours are spaces either way, which is
  // all twitter-text looks at before a URL), and only a run that could hold one: a scheme, or a
  // dot before a letter. A run longer than `maxRun` is not read as a link (X's length count
  // passes Infinity: it must find every URL X finds, however long).
  const out: Link[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
    if (i > start && i - start <= maxRun && mayHoldLink(text, start, i)) {
      // With the space on either side: twitter-text reads what comes just before and after a URL.
      const from = Math.max(0, start - 1);
      for (const { url, indices } of twitter.extractUrlsWithIndices(text.slice(from, Math.min(text.length, i + 1)), { extractUrlsWithoutProtocol: true })) {
        out.push({ start: from + indices[0], end: from + indices[1], url });
      }
    }
  }
  return out;
}

/** Longer runs without a space are not links to anyone reading them (and cost the most to scan). */
export const MAX_LINK_RUN = 512;


const isLetterAt = (text: string, k: number) => {
  const c = text.charCodeAt(k);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && HAS_LETTER.test(String.fromCodePoint(text.codePointAt(k)!)));
};

/**
 * A scheme ("://"), or a dot (any of . ． 。) before two letters or marks (every top-level domain
 * has two or more; in Indic scripts the second is often a combining mark: ".भारत"): what every URL
 * twitter-text finds has.
 */
function mayHoldLink(text: string, start: number, end: number): boolean {
  for (let k = start; k < end - 1; k++) {
    const c = text.charCodeAt(k);
    if (c === 58 && text.charCodeAt(k + 1) === 47) return true;
    if ((c === 46 || c === 0xff0e || c === 0x3002) && k + 2 < end && isLetterAt(text, k + 1) && isLetterAt(text, k + 2)) return true;
  }
  return false;
}

export function findEmoji(text: string): Span[] {
  return matchAll(text, EMOJI, (m) =>
    TEXT_STYLE_SYMBOL.test(m[0]) ? undefined : { start: m.index, end: m.index + m[0].length },
  );
}

export function findWords(text: string): Word[] {
  return matchAll(text, WORD, (m) => ({ start: m.index, end: m.index + m[0].length, key: wordKey(m[0]) }));
}

/** The comparison form of a word or term token: case, composition, width and invisible characters do not count. */
export function wordKey(word: string): string {
  // Most words are ASCII: they need no normalisation (and that is most of the cost on long posts).
  let ascii = true;
  for (let i = 0; i < word.length && ascii; i++) ascii = word.charCodeAt(i) < 128;
  if (ascii) return word.toLowerCase();
  // NFKC: full-width "ｃｈｅａｐ" and ligatures ("ﬁ") compare as the letters they show (rev31 F6).
  return word.replace(INVISIBLE, '').normalize('NFKC').toLowerCase().replace(/’/g, "'");
}

export function tokenize(phrase: string): string[] {
  return findWords(phrase).map((w) => w.key);
}

export function findSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const end of matchAll(text, SENTENCE_END, (m) => m.index + m[0].length)) {
    if (text.slice(start, end).trim()) out.push(trimmed(text, start, end));
    start = end;
  }
  if (text.slice(start).trim()) out.push(trimmed(text, start, text.length));
  return out;
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Drops the items that overlap any of the (sorted, non-overlapping) `holes`. */
export function outside<T extends Span>(items: T[], holes: Span[]): T[] {
  if (!holes.length) return items;
  const out: T[] = [];
  let h = 0;
  for (const item of items) {
    while (h < holes.length && holes[h]!.end <= item.start) h++;
    const hole = holes[h];
    if (hole && hole.start < item.end) continue;
    out.push(item);
  }
  return out;
}

function sortedSpans(...lists: Span[][]): Span[] {
  return lists.flat().sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Memoised segmentation of one draft. */
export class Segments {
  private cache = new Map<string, unknown>();

  constructor(
    readonly text: string,
    readonly channel: ChannelId,
  ) {}

  private memo<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  get links(): Link[] {
    return this.memo('links', () => findLinks(this.text));
  }

  /** Outside links: an address in a link's query (`?mail=hei@nordlyscoffee.no`) belongs to the link. */
  get emails(): Span[] {
    return this.memo('emails', () => outside(findEmails(this.text), this.links));
  }

  get hashtags(): Hashtag[] {
    return this.memo('hashtags', () => outside(findHashtags(this.text), sortedSpans(this.links, this.emails)));
  }

  get mentions(): Mention[] {
    return this.memo('mentions', () => outside(findMentions(this.text, this.channel), sortedSpans(this.links, this.emails)));
  }

  get emoji(): Span[] {
    return this.memo('emoji', () => findEmoji(this.text));
  }

  /** Every word of the text, links and handles included (readability counts them all). */
  get allWords(): Word[] {
    return this.memo('allWords', () => findWords(this.text));
  }

  /** The words that term rules look at: outside links, e-mail addresses, @mentions and hashtags. */
  get words(): Word[] {
    return this.memo('words', () =>
      outside(this.allWords, sortedSpans(this.links, this.emails, this.mentions, this.hashtags)),
    );
  }

  /** Positions in `words` by word key, so term rules visit only where their terms can start. */
  get wordIndex(): Map<string, number[]> {
    return this.memo('wordIndex', () => {
      const index = new Map<string, number[]>();
      this.words.forEach((w, i) => {
        const list = index.get(w.key);
        if (list) list.push(i);
        else index.set(w.key, [i]);
      });
      return index;
    });
  }

  get sentences(): Span[] {
    return this.memo('sentences', () => findSentences(this.text));
  }
}
