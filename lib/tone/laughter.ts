/**
 * Laughter and eye-rolls in a draft: "lol", "haha", "lmao", "xD", 😂, 🤣, 🙄, 😒. Harmless in banter,
 * but in a reply to a complaint they read as mocking the customer, which is how a brand
 * account turns a complaint into a pile-on. The same in English and Bokmål (Norwegians write
 * "lol" and "haha" too). Words come from the tone tokenizer, so URLs, @mentions and #hashtags
 * are never read as laughter.
 */
import { wordTokens } from './words';

const LAUGH_WORD = /^(?:l+o+l+(?:o+l+)*|lmf?ao+|rofl(?:mao)?|(?:h+a+){2,}h*|(?:h+e+){2,}h*|(?:h+i+){2,}h*|(?:h+æ+){2,}h*|x+d+)$/u;
// Tears of joy, rolling on the floor, grinning squint, cat with tears of joy, face with rolling eyes, unamused face.
const MOCKING_EMOJI = /(?:\u{1F602}|\u{1F923}|\u{1F606}|\u{1F639}|\u{1F644}|\u{1F612})\uFE0F?/gu;
// "xD" is laughter; "XD" alone as a word is more often a model name ("XD-200"), so it needs the small x.
const isLaughWord = (raw: string, lower: string) => LAUGH_WORD.test(lower) && !(lower.startsWith('x') && raw.startsWith('X'));

export interface LaughterSpan {
  start: number;
  end: number;
}

/**
 * Laughter in `text`, left to right. Pieces separated only by spaces and punctuation form one span
 * ("lol 😂😂", "haha, lol"): one mark and one fix, so fixes of neighbouring laughs cannot overlap.
 */
export function laughterSpans(text: string): LaughterSpan[] {
  const pieces: LaughterSpan[] = [];
  for (const word of wordTokens(text)) {
    if (isLaughWord(text.slice(word.start, word.end), word.lower)) pieces.push({ start: word.start, end: word.end });
  }
  for (const match of text.matchAll(MOCKING_EMOJI)) pieces.push({ start: match.index, end: match.index + match[0].length });
  if (pieces.length < 2) return pieces;
  pieces.sort((a, b) => a.start - b.start);
  const spans: LaughterSpan[] = [{ ...pieces[0]! }];
  for (const piece of pieces.slice(1)) {
    const last = spans[spans.length - 1]!;
    if (/^[,.!?…:;]*[ \t]*$/u.test(text.slice(last.end, piece.start))) last.end = piece.end;
    else spans.push({ ...piece });
  }
  return spans;
}
