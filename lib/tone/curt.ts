/**
 * A bare acknowledgement ("ok", "noted", "greit", 👍) as the whole reply. To a fan it is fine; to
 * a customer who complains it reads as brushing them off, the reply that turns a complaint into a
 * pile-on. Only the words and emoji of the reply count: @mentions (Instagram starts a reply with
 * the author's handle), links and punctuation do not.
 */
import { wordTokens } from './words';

// Both languages: Norwegians write "ok" and "noted" too. "den er grei", "ok da", "got it" are several words of the list.
// Not "yes", "ja", "sure": to a complaint that asks ("Can I get a refund?") they are an answer.
// "whatever" is no acknowledgement, but as the whole answer to a complaint it brushes it off just the same.
// "då" is "da" in several dialects ("ok då"); "nok" goes with "greit" ("greit nok").
const ACK_WORDS = new Set('ok okay okey oki okei k kk fine noted alright right got it then cool np greit grei fint notert javel skjønner forstått den er da då nok whatever whatevs'.split(' '));
// A word that is never the whole answer on its own ("it", "then", "den", "er", "da" only go with another).
const NOT_ALONE = new Set('got it then den er da då nok right'.split(' '));
// Whole answers that brush off in words the list does not hold ("det" alone is in too many real answers).
const BRUSH_OFFS = new Set(['samma det', 'same det']);
const ACK_EMOJI = /^(?:\u{1F44D}[\u{1F3FB}-\u{1F3FF}]?|\u{1F44C}[\u{1F3FB}-\u{1F3FF}]?|\u{1F197}|\u2714\uFE0F?|\u2705)+$/u;
const HANDLE = /[@＠][\p{L}\p{N}_.]+/gu;
const MAX_WORDS = 3;

/** The reply's text is a bare acknowledgement: at most three words of the list, or a thumbs-up, and nothing else. */
export function isCurtReply(input: string): boolean {
  // @handles (Instagram's "@kari.n " before every reply) are no part of the answer.
  const text = input.replace(HANDLE, (handle) => ' '.repeat(handle.length));
  const words = wordTokens(text);
  // What is left once words and punctuation are taken out must be acknowledging emoji or nothing.
  let rest = text;
  for (const w of [...words].reverse()) rest = rest.slice(0, w.start) + rest.slice(w.end);
  rest = rest.replace(/[\s\p{P}]/gu, '');
  if (words.length === 0) return rest !== '' && ACK_EMOJI.test(rest);
  if (words.length > MAX_WORDS || rest !== '' && !ACK_EMOJI.test(rest)) return false;
  if (BRUSH_OFFS.has(words.map((w) => w.lower).join(' '))) return true;
  if (!words.every((w) => ACK_WORDS.has(w.lower))) return false;
  return !(words.length === 1 && NOT_ALONE.has(words[0]!.lower));
}
