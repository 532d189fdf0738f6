import { isSpaceCode } from '../tone/text-units';

/**
 * How a reply template is appended to a draft: from where (trailing spaces may be replaced) and
 * with what in front. Templates are whole sentences ("So sorry to hear this! …"):
 *  - after a draft that ends mid-sentence ("…og den kommer", "Vi sjekker #4411") a capitalised
 *    template would read as a run-on, so the draft's sentence is closed with a full stop;
 *  - after a greeting on its own ("Hei Kari", "Hi @kari"), with an exclamation mark;
 *  - after an @mention or #hashtag, punctuation or an emoji, a space is enough;
 *  - after a line break, nothing; trailing spaces are judged by the word before them.
 */
export interface TemplateInsertion {
  /** Where the insertion starts; up to the end of the draft is replaced (trailing spaces only). */
  start: number;
  text: string;
}

const GREETING = /^(?:hi|hello|hey|dear|hei|hallo|heisann|hej|kjære|god morgen|good morning)(?:\s+[@\p{L}][\p{L}\p{N}_.'’-]*){0,3}$/iu;

// Scanned from the end with loops: an anchored `/…+$/` regex retries from every position of a long
// run that does not reach the end, which is quadratic on a pasted 60,000-character line.
const isHorizontalSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;

function trimEnd(text: string, space: (c: number) => boolean): number {
  let end = text.length;
  while (end > 0 && space(text.charCodeAt(end - 1))) end--;
  return end;
}

export function templateInsertion(draft: string, template: string): TemplateInsertion {
  const trimmed = draft.slice(0, trimEnd(draft, isHorizontalSpace));
  if (trimmed === '' || isSpaceCode(trimmed.charCodeAt(trimmed.length - 1))) return { start: draft.length, text: template };
  const glue = glueAfter(trimmed, template);
  // A space the user typed already separates them; a full stop goes before it, not after.
  if (glue === ' ' && trimmed.length < draft.length) return { start: draft.length, text: template };
  return { start: trimmed.length, text: glue + template };
}

function glueAfter(draft: string, template: string): string {
  if (!/^\p{Lu}/u.test(template)) return ' ';
  // A greeting is a few short words: only a short draft is looked at.
  // Instagram starts a reply with the author's @handle: "@kari_nordmann Hi Kari" greets too.
  if (draft.length <= 100 && GREETING.test(draft.trim().replace(/^(?:[@＠][\p{L}\p{N}_.]+\s+){1,3}/u, ''))) return '! ';
  let from = draft.length;
  while (from > 0 && !isSpaceCode(draft.charCodeAt(from - 1))) from--;
  const lastWord = draft.slice(from);
  // "#4411" is an order number, not a hashtag (a hashtag has a letter).
  const tagOrMention = lastWord.startsWith('@') || (lastWord.startsWith('#') && /\p{L}/u.test(lastWord));
  return /[\p{L}\p{N}]$/u.test(draft) && !tagOrMention ? '. ' : ' ';
}

/**
 * How a reply template replaces the text the user selected (QA20 L11, QA23):
 *  - a leading @mention the site prefilled ("@kari_nordmann ") stays when the selection took it
 *    (Ctrl+A): without it the reply is no longer an answer to her, and the chip loses the complaint;
 *  - the template's closing mark gives way to one right after the selection, so "…make it right."
 *    over "ugh whatever" in "ugh whatever." does not end in "right..".
 */
export function selectionInsertion(draft: string, start: number, end: number, template: string): TemplateInsertion & { end: number; caret: number } {
  const mention = /^(?:@[\p{L}\p{N}_.]+[ \u00a0]+)+/u.exec(draft)?.[0];
  const from = mention && start === 0 && end > mention.length ? mention.length : start;
  // Only the same mark or a full stop gives way: "…whatever?" replaced keeps the template's own
  // "." rather than asking a question it does not ask (rev27).
  const next = draft.charAt(end);
  const mark = template.charAt(template.length - 1);
  const merged = /[.!?…]/u.test(mark) && (next === mark || next === '.');
  // `caret` (in the draft's offsets): after the template's sentence, its closing mark included
  // when the draft's own mark closes it (QA32 L5: typing went in before the full stop).
  return { start: from, end, text: merged ? template.slice(0, -1) : template, caret: merged ? end + 1 : end };
}

