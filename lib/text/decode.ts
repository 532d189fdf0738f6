/**
 * Bytes of a file → text: metric exports, and the drafts and plans the CLI reads. Files arrive as
 * UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text", Notepad's "Unicode"), and
 * now and then Windows-1252 from older tools. The BOM is dropped.
 */

/** Whether the file starts with a byte-order mark (UTF-8 or UTF-16), which decodeBytes drops. */
export function startsWithBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  const { valid, invalid, truncated } = utf8Sequences(bytes);
  // Any byte that cannot be UTF-8 used to send the whole file to Windows-1252, so one stray byte
  // (a draft cut in the middle of a letter, one Latin-1 "é" pasted into a plan) turned every "ø"
  // and "å" of the file into "Ã¸" and "Ã¥", and the plan's Norwegian keywords silently stopped
  // matching. A file whose non-ASCII bytes mostly form UTF-8 letters is UTF-8 with a few bad
  // bytes (each shown as U+FFFD); one with none is Windows-1252.
  // A sequence cut off by the end of the file is a truncated UTF-8 file only when the rest of it
  // shows UTF-8; alone, it is a Windows-1252 file ending in an accented letter ("café").
  if ((invalid === 0 && !truncated) || valid > invalid) return new TextDecoder('utf-8').decode(bytes);
  return windows1252(bytes);
}

// Windows-1252's 0x80–0x9F (curly quotes, dashes, €, …); every other byte is its Latin-1 code point.
// Node's TextDecoder('windows-1252') reads these bytes as Latin-1 control characters, so "5 €"
// and Excel's “quotes” came out as invisible U+0080 and U+0093 in the CLI.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

/**
 * UTF-16 without a BOM still shows itself in its zero bytes: text in Latin script has a zero in
 * the high byte of almost every character, and UTF-8 (or Windows-1252) text has no zero bytes at
 * all. An ASCII start shows it at once; the share of zero bytes over the file's start also finds
 * a text that opens with an emoji or a letter outside Latin-1.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 2) return undefined;
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroLow++;
    if (bytes[2 * i + 1] === 0) zeroHigh++;
  }
  const many = pairs * 0.3;
  const few = pairs * 0.05;
  // An ASCII start (a CSV header) shows it in four bytes, whatever script the rows are in.
  const asciiStart = (lo: number, hi: number) => bytes[lo] !== 0 && bytes[hi] === 0 && bytes[lo + 2] !== 0 && bytes[hi + 2] === 0;
  if (asciiStart(0, 1) || (zeroHigh >= many && zeroLow <= few)) return 'utf-16le';
  if (asciiStart(1, 0) || (zeroLow >= many && zeroHigh <= few)) return 'utf-16be';
  return undefined;
}

/**
 * Counts well-formed UTF-8 sequences of two to four bytes, and bytes that cannot be UTF-8. A
 * sequence cut off by the end of the file is neither; it is reported as `truncated`.
 */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number; truncated: boolean } {
  let valid = 0;
  let invalid = 0;
  let truncated = false;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) {
      invalid++;
      i++;
      continue;
    }
    let j = 1;
    while (j < length && i + j < bytes.length && (bytes[i + j]! & 0xc0) === 0x80) j++;
    if (j === length) valid++;
    else if (i + j < bytes.length) invalid++;
    else truncated = true;
    i += j;
  }
  return { valid, invalid, truncated };
}
