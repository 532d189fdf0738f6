/**
 * X's weighted length, as twitter-text 3.1's `parseTweet` with the v3 config computes it, without
 * its whole-text URL search.
 *
 * `parseTweet` looks for URLs with twitter-text's regex over the whole draft, which backtracks on
 * long runs without spaces: 16,000 characters of "🙄." took 1.8 s, on every keystroke (the X
 * counter and `length.max` both count). The URLs here come from `findLinks`, which hands the same
 * regex each run of non-space characters that could hold a URL and is property-tested equal to
 * the whole-text search; everything else below is `parseTweet`'s own loop, quirks included (a
 * surrogate pair weighs what its low half weighs; `validRangeEnd` is shifted by what NFC removed),
 * and a property test compares the two on random text.
 */
import twitter, { type ParseTweetOptions } from 'twitter-text';
import { parse as parseEmoji } from 'twemoji-parser';
import { findLinks } from './segments';

// @types/twitter-text does not declare `configs`; version3 is the config X counts with today.
export const X_CONFIG = (twitter as unknown as { configs: { version3: Required<ParseTweetOptions> } }).configs.version3;

export interface XLength {
  weightedLength: number;
  /** UTF-16 index of the last character within 280 (inclusive), as `parseTweet` gives it. */
  validRangeEnd: number;
}

/** Entity length by start index; a later entity at the same start replaces an earlier one, as in `parseTweet`. */
function byStart(entities: Iterable<{ start: number; length: number }>): Map<number, number> {
  const map = new Map<number, number>();
  for (const e of entities) map.set(e.start, e.length);
  return map;
}

function characterWeight(code: number): number {
  for (const range of X_CONFIG.ranges) if (code >= range.start && code <= range.end) return range.weight;
  return X_CONFIG.defaultWeight;
}

const isInvalid = (code: number) => code === 0xfffe || code === 0xfeff || code === 0xffff;

export function xWeightedLength(text: string): XLength {
  const { scale, defaultWeight, transformedURLLength, maxWeightedTweetLength } = X_CONFIG;
  const normalized = text.normalize();
  const urls = byStart(findLinks(normalized, Infinity).map((l) => ({ start: l.start, length: l.url.length })));
  const emoji = byStart(parseEmoji(normalized).map((e) => ({ start: e.indices[0], length: e.text.length })));
  let weighted = 0;
  let validDisplayIndex = 0;
  let valid = true;
  for (let i = 0; i < normalized.length; i++) {
    const url = urls.get(i);
    const emojiLength = url === undefined ? emoji.get(i) : undefined;
    if (url !== undefined) {
      weighted += transformedURLLength * scale;
      i += url - 1;
    } else if (emojiLength !== undefined) {
      weighted += defaultWeight;
      i += emojiLength - 1;
    } else {
      const c = normalized.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i < normalized.length - 1) {
        const next = normalized.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
      weighted += characterWeight(normalized.charCodeAt(i));
    }
    // `parseTweet` tests the one code unit at i (past a URL or emoji that may be beyond the text).
    if (valid && i < normalized.length) valid = !isInvalid(normalized.charCodeAt(i));
    if (valid && weighted <= maxWeightedTweetLength * scale) validDisplayIndex = i;
  }
  return { weightedLength: weighted / scale, validRangeEnd: validDisplayIndex + (text.length - normalized.length) };
}
