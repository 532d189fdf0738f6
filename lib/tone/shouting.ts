// Shouting (SPEC §3): a run of three or more `!`/`?`, or two or more all-caps words of three or
// more letters. Hashtags, mentions, URLs, tickers ($NOK) and e-mail addresses are not words
// here. Common acronyms and currency codes alone are never shouting ("NASA and ESA launch",
// "prices in NOK and EUR"), but beside a word in capitals they count as the SPEC's caps words
// ("Call us ASAP TODAY").
import type { ToneSpan } from './types';
import { forEachPiece, isAllCaps, isWordCode, urlLikeAt } from './text-units';

// Acronyms written in capitals by convention, in both languages; any number of them alone is not shouting.
const ACRONYMS: ReadonlySet<string> = new Set(
  'NASA ESA USA UK EU UN NATO FAQ CEO CFO CTO COO HR IT PR AI API URL PDF CSV JSON HTML CSS GPS USB DVD TV NRK DNB NAV NSB SAS KLM IKEA LEGO BBC CNN NYT NFL NBA NHL FIFA UEFA OSLO ASAP FYI DIY RSVP ETA NOK SEK DKK EUR USD GBP JPY CHF VAT MVA ATM PIN SMS MMS LED LCD PC MAC IOS GDPR AS ASA BA LTD INC LLC KPI ROI SEO UTM CTA B2B B2C COVID HIV DNA RNA CET CEST GMT UTC BST EST PST EDT PDT'.split(' '),
);

function pushRuns(text: string, out: ToneSpan[]): void {
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && end - start >= 3) out.push({ start, end });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Full-width and emoji marks (！？‼⁉❗❓❕❔) count like the ASCII ones.
    const mark = c === 33 || c === 63 || c === 0xff01 || c === 0xff1f || c === 0x203c || c === 0x2049 || (c >= 0x2753 && c <= 0x2757);
    if (mark) {
      if (start < 0) start = i;
    } else close(i);
  }
  close(text.length);
}

interface CapsWord extends ToneSpan {
  acronym: boolean;
  /** One or two letters ("VI", "I", "SO"): never shouting alone, part of a shout beside one. */
  short: boolean;
  /** Position among all the words of the text, to tell neighbours. */
  index: number;
}

function capsWords(text: string): CapsWord[] {
  const words: CapsWord[] = [];
  const counter = { words: 0 };
  forEachPiece(text, (start, end) => {
    const first = text.charCodeAt(start);
    // # @ $ pieces, e-mail addresses and URLs are not words.
    if (first === 35 || first === 36 || hasAt(text, start, end)) return;
    if (((first | 32) === 104 || (first | 32) === 119) && urlLikeAt(text, start)) return;
    pieceCapsWords(text, start, end, words, counter);
  });
  return words;
}

function hasAt(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 64) return true;
  return false;
}

function hasLowerAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** "DON'T-STOP" is two words to a reader: a piece splits on inner hyphens and slashes. */
function pieceCapsWords(text: string, start: number, end: number, words: CapsWord[], counter: { words: number }): void {
  let pieceStart = start;
  for (let i = start; i <= end; i++) {
    const c = text.charCodeAt(i);
    // - / –
    if (i < end && c !== 45 && c !== 47 && c !== 0x2013) continue;
    // Trimmed to letters and digits in place (a new [start, end] pair per word cost 16 %).
    let s = pieceStart;
    let e = i;
    while (s < e && !isWordCode(text.charCodeAt(s))) s++;
    while (e > s && !isWordCode(text.charCodeAt(e - 1))) e--;
    pieceStart = i + 1;
    if (e <= s) continue;
    const index = counter.words++;
    // A lower-case ASCII letter anywhere ("the", "Our") rules out capitals (isAllCaps says no at
    // the first one): most words are answered here, without cutting them out of the text.
    if (hasLowerAscii(text, s, e)) continue;
    const word = text.slice(s, e);
    if (/\d/.test(word)) continue;
    const long = e - s >= 3;
    if (!isAllCaps(word, long ? 3 : 1)) continue;
    const acronym = ACRONYMS.has(word.replace(/['’]S$/, ''));
    if (long || !acronym) words.push({ start: s, end: e, acronym, short: !long, index });
  }
}

/**
 * The short capital words ("VI HAR SENDT", "I AM SO ANGRY") that stand in a row of shouted words:
 * the shout is quoted and marked whole, not from its first three-letter word on.
 */
function withShortNeighbours(caps: CapsWord[], text: string): CapsWord[] {
  // Neighbours in the same run of words: only spaces on one line, or a hyphen inside a word
  // ("AB-CD"). "THANK YOU SO MUCH, I will", "…MUCH\nI will" and "SALE TODAY - A bargain" leave the
  // next clause's "I" or "A" out.
  const joined = (a: CapsWord, b: CapsWord) => b.index === a.index + 1 && /^(?:[ \t\u00a0]+|[-–])$/u.test(text.slice(a.end, b.start));
  const kept = caps.map((word) => !word.short);
  for (let pass = 0; pass < 2; pass++) {
    const order = pass === 0 ? caps.map((_, i) => i) : caps.map((_, i) => caps.length - 1 - i);
    for (const i of order) {
      if (kept[i] || !caps[i]!.short) continue;
      const before = caps[i - 1];
      const after = caps[i + 1];
      if ((before && kept[i - 1] && joined(before, caps[i]!)) || (after && kept[i + 1] && joined(caps[i]!, after))) kept[i] = true;
    }
  }
  return caps.filter((_, i) => kept[i]);
}

export function findShouting(text: string): ToneSpan[] {
  const spans: ToneSpan[] = [];
  pushRuns(text, spans);
  const all = capsWords(text);
  const caps = all.filter((word) => !word.short);
  if (caps.length >= 2 && caps.some((word) => !word.acronym)) for (const { start, end } of withShortNeighbours(all, text)) spans.push({ start, end });
  return spans.sort((a, b) => a.start - b.start);
}
