// Sentiment tokens, VADER style, shared by the English and Norwegian analysers: whitespace
// pieces with punctuation trimmed (emoticons kept whole), emoji split out, and flags for the
// punctuation that follows each word (clause and sentence ends, questions).
import { isEnglishEntry } from './lexicon-en';
import { forEachPiece, isPictographicCode, isWordCode, urlLikeAt } from './text-units';

export interface SentimentToken {
  /** As written, punctuation trimmed (emoticons and emoji kept whole). */
  surface: string;
  lower: string;
  start: number;
  end: number;
  /** Clause punctuation (. ! ? ; , :) follows the token: negation and boosters do not reach across it. */
  breakAfter: boolean;
  /** `.`, `!` or `?` follows the token. */
  sentenceEnd: boolean;
  /** A `?` follows the token (it ends a question). */
  question?: boolean;
  /** The word was written as a #hashtag. */
  hashtag?: boolean;
}

/**
 * VADER's tokens: whitespace pieces, punctuation trimmed unless the piece is itself a lexicon entry
 * (emoticons such as ":-)" or "D:"), emoji split out as tokens of their own.
 */
export function sentimentTokens(text: string, keepWhole: (piece: string) => boolean = isEnglishEntry): SentimentToken[] {
  const out: SentimentToken[] = [];
  // The pieces are visited in place (cutting an object and a string for each up front cost 13 %).
  forEachPiece(text, (start, end) => {
    const lead = text.charCodeAt(start) | 32;
    // Only a piece starting with h or w can be a URL.
    if ((lead === 104 || lead === 119) && urlLikeAt(text, start)) return;
    // A plain word of two or more ASCII letters or digits is one token as it stands: asking the
    // lexicon whether to keep it whole, trimming it and looking for emoji would change nothing.
    const plain = plainWord(text, start, end);
    if (plain !== NOT_PLAIN) {
      const surface = text.slice(start, end);
      out.push({ surface, lower: plain === PLAIN_LOWER ? surface : surface.toLowerCase(), start, end, breakAfter: false, sentenceEnd: false, question: false, hashtag: false });
      return;
    }
    const piece = text.slice(start, end);
    if (keepWhole(piece)) {
      out.push({ surface: piece, lower: piece.toLowerCase(), start, end, breakAfter: false, sentenceEnd: false, question: false, hashtag: false });
      return;
    }
    let segStart = start;
    let i = start;
    while (i < end) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      // Below U+00A9 nothing is an emoji: most characters are answered without a call.
      if (cp < 0xa9 || !isPictographicCode(cp)) {
        i += width;
        continue;
      }
      pushWord(text, segStart, i, out, keepWhole, undefined);
      let j = i + width;
      // The rest of the grapheme: skin tones, variation selectors, ZWJ-joined parts, keycaps.
      while (j < end) {
        const next = text.codePointAt(j)!;
        const w = next > 0xffff ? 2 : 1;
        if ((next >= 0x1f3fb && next <= 0x1f3ff) || next === 0xfe0f || next === 0xfe0e || next === 0x20e3) j += w;
        else if (next === 0x200d && j + 1 < end) {
          const after = text.codePointAt(j + 1)!;
          j += 1 + (after > 0xffff ? 2 : 1);
        } else break;
      }
      const emoji = text.slice(i, j);
      out.push({ surface: emoji, lower: emoji, start: i, end: j, breakAfter: false, sentenceEnd: false, question: false, hashtag: false });
      i = j;
      segStart = j;
    }
    // The whole piece was tested by keepWhole already; its string is reused.
    pushWord(text, segStart, end, out, keepWhole, segStart === start ? piece : undefined);
  });
  return out;
}

const NOT_PLAIN = 0;
const PLAIN_LOWER = 1;
const PLAIN_MIXED = 2;
/** Two or more ASCII letters or digits only: PLAIN_LOWER without a capital, PLAIN_MIXED with one. */
function plainWord(text: string, start: number, end: number): number {
  if (end - start < 2) return NOT_PLAIN;
  let kind = PLAIN_LOWER;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) kind = PLAIN_MIXED;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return NOT_PLAIN;
  }
  return kind;
}

const isWordUnit = (c: number) => (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : isWordCode(c));

/** `whole`: the piece's string when it is a whole whitespace piece keepWhole has already refused. */
function pushWord(text: string, start: number, end: number, out: SentimentToken[], keepWhole: (piece: string) => boolean, whole: string | undefined): void {
  if (end <= start) return;
  if (whole === undefined) {
    const piece = text.slice(start, end);
    if (keepWhole(piece)) {
      out.push({ surface: piece, lower: piece.toLowerCase(), start, end, breakAfter: false, sentenceEnd: false, question: false, hashtag: false });
      return;
    }
  }
  // Trimmed to letters and digits at both ends, without allocating a pair.
  let s = start;
  let e = end;
  while (s < e && !isWordUnit(text.charCodeAt(s))) s++;
  while (e > s && !isWordUnit(text.charCodeAt(e - 1))) e--;
  // A piece of punctuation alone ("great !", NoReC's spaced tokens) ends the word before it.
  let breaks = false;
  let sentenceEnd = false;
  let question = false;
  for (let k = e > s ? e : start; k < end; k++) {
    const c = text.charCodeAt(k);
    // . ! ? end a sentence; ; , : end a clause.
    if (c === 46 || c === 33 || c === 63) sentenceEnd = breaks = true;
    else if (c === 59 || c === 44 || c === 58) breaks = true;
    if (c === 63) question = true;
  }
  // VADER drops one-letter words ("a", "I"): they carry no sentiment and skew the caps ratio.
  if (e - s < 2) {
    const last = out[out.length - 1];
    if (breaks && last) last.breakAfter = true;
    if (sentenceEnd && last) last.sentenceEnd = true;
    if (question && last) last.question = true;
    return;
  }
  const surface = whole !== undefined && s === start && e === end ? whole : text.slice(s, e);
  out.push({ surface, lower: lowerWord(surface), start: s, end: e, breakAfter: breaks, sentenceEnd, question, hashtag: s > start && text.charCodeAt(s - 1) === 35 });
}

/** Lower case, with a phone's curly apostrophe made straight: "isn’t" is "isn't" to every list. */
function lowerWord(surface: string): string {
  // Most words are lower-case ASCII already: returned as they are, without a copy.
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return surface.includes('\u2019') ? surface.toLowerCase().replace(/\u2019/g, "'") : surface.toLowerCase();
  }
  return surface;
}

// Text copied from web pages can carry HTML escapes; "&lt;3" is a heart, "&gt;" no word ("gt").
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&nbsp;': ' ' };
const ENTITY = /&(?:lt|gt|amp|quot|#39|apos|nbsp);/g;

export const decodeEntities = (input: string) => (input.includes('&') ? input.replace(ENTITY, (e) => ENTITIES[e] ?? e) : input);
