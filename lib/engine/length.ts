/**
 * Length in each channel's own unit (SPEC section 2): X counts twitter-text v3's weighted length
 * (a URL is 23, CJK and emoji weigh 2), Facebook and Instagram count Unicode code points.
 */
import { CHANNEL_LIMITS } from '../channels/limits';
import type { ChannelId } from './types';
import { X_CONFIG, xWeightedLength } from './x-length';

export interface MeasuredLength {
  length: number;
  /**
   * UTF-16 offset of the first character beyond `limit`, or undefined when the text fits.
   * Used to mark the overflowing part.
   */
  overflowAt?: number;
}

function codePoints(text: string, limit: number): MeasuredLength {
  let count = 0;
  let overflowAt: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair counts once; a lone surrogate counts as one code point, as it does in JS.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count++;
        if (count === limit + 1) overflowAt = i;
        i++;
        continue;
      }
    }
    count++;
    if (count === limit + 1) overflowAt = i;
  }
  return overflowAt === undefined ? { length: count } : { length: count, overflowAt };
}


/** Length of `text` on `channel`, and where it passes `limit`. */
export function measureLength(text: string, channel: ChannelId, limit: number): MeasuredLength {
  if (CHANNEL_LIMITS[channel].unit === 'code-points') return codePoints(text, limit);
  const { weightedLength, validRangeEnd } = xWeightedLength(text);
  if (weightedLength <= limit) return { length: weightedLength };
  // twitter-text measures against its own 280: past a lower plan limit, find the cut by searching
  // prefixes, doubling first so that the cost follows where the cut is, not how long the text is.
  // Its validRangeEnd is off by every character NFC merges, after the cut too, so decomposed text
  // ("e" and a combining accent) takes the search as well (rev31 F3).
  if (limit === X_CONFIG.maxWeightedTweetLength && text.normalize() === text) {
    return { length: weightedLength, overflowAt: Math.min(text.length, Math.max(0, validRangeEnd + 1)) };
  }
  const fits = (end: number) => xWeightedLength(text.slice(0, end)).weightedLength <= limit;
  let low = 0;
  let high = Math.min(text.length, Math.max(16, limit));
  while (high < text.length && fits(high)) {
    low = high;
    high = Math.min(text.length, high * 2);
  }
  high -= 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  // A cut between a letter and its combining marks marks the whole letter.
  while (low > 0 && /\p{M}/u.test(text[low] ?? '')) low--;
  return { length: weightedLength, overflowAt: low };
}
