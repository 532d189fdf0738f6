// Register: casual / neutral / formal, for `tone.formality`. Each cue adds or subtracts points;
// the score is squashed to −1 (very casual) … +1 (very formal). The level bands (±0.35) are wide
// on purpose: the rule should only speak when the register is clearly off the plan.
import type { Locale } from '../plan/types';
import { isLetter, isLetterCode, isSpaceCode } from './text-units';
import type { ToneAnalysis } from './types';
import { compilePhrases, matchPhrases, type PhraseIndex, type WordToken } from './words';

const cues = (weight: number, phrases: string) =>
  phrases
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p): [string, number] => [p, weight]);

const LISTS: Record<Locale, [string, number][]> = {
  en: [
    ...cues(-2, 'lol|lmao|lmfao|rofl|omg|omfg|haha*|hehe*|yay|woohoo|wtf|idk|tbh|imo|imho|btw|brb|smh|ikr|fyi|ttyl|gonna|wanna|gotta|ya|yall|y\'all|u|ur|thx|thnx|pls|plz|dude|bro|guys|yo|nah|yep|yup|nope|kinda|sorta|cuz|coz|dunno|lemme|gimme|ain\'t|awesome|cool|stuff|super excited|hey|heya|hiya|xoxo|ok cool'),
    ...cues(-1, 'hi|hello there|yeah|okay|ok|totally|literally|pretty much|no worries|cheers|oops|whoops|grab|check it out|can\'t wait'),
    ...cues(3, 'dear|sincerely|yours sincerely|yours faithfully|respectfully|kind regards|best regards|warm regards|with regards|we regret to inform|regret to inform you|please be advised|be advised|hereby|herewith|pursuant|aforementioned|henceforth|whereby|do not hesitate to contact|should you have any|we kindly ask|kindly|at your earliest convenience|we would be grateful|please accept our|to whom it may concern'),
    ...cues(1.5, 'furthermore|moreover|therefore|consequently|accordingly|nevertheless|regarding|concerning|in accordance with|with respect to|we apologize for any inconvenience|inconvenience|assistance|inquiry|enquiry|request|ensure|provide|receive|sincere|appreciate|we would like to|please find|we are pleased|we are delighted|customer|correspondence|thank you for your patience'),
  ],
  nb: [
    ...cues(-2, 'lol|haha*|hehe*|digg|dritbra|drittbra|sykt|sinnsykt|asså|liksom|btw|omg|wtf|heisann|halla|hallo|hæ|jaja|neida|joda|kjempegøy|kult|fett|nice|sorry|yes|jepp|nope|dere altså|gidder|æsj|uff|oi|wow|heia'),
    ...cues(-1, 'hei|hei hei|ok|okei|supert|kjempe*|gøy|gleder oss|sees|takk for sist|dere'),
    ...cues(3, 'med vennlig hilsen|vennlig hilsen|vennligst|ærbødigst|undertegnede|herved|vedrørende|angående|henvisning|vi viser til|viser til|vi beklager å måtte meddele|beklageligvis|vi ber om forståelse|ber om|de bes|dere bes|hermed|jf|iht|i henhold til|påfølgende|ovennevnte|nevnte|tilsvarende|med hilsen'),
    ...cues(1.5, 'mvh|henvendelse|henvendelsen|forespørsel|kundeservice|ulempe|ulemper|eventuelle|imidlertid|således|dessuten|følgelig|bistå|bistand|tilbakemelding|tilbakemeldingen|behandle|behandlet|vennlig|takk for din henvendelse|takk for henvendelsen|vi setter pris på'),
  ],
};

const INDEX: Record<Locale, PhraseIndex<number>> = { en: compilePhrases(LISTS.en), nb: compilePhrases(LISTS.nb) };

const EMOJI_OR_EMOTICON = /\p{Extended_Pictographic}|(?:^|\s)[:;=xX8][-']?[)(DPpOo3/\\|*]/gu;
const CONTRACTIONS = ["n't", "'re", "'ll", "'ve", "'m", "'d"];

/** "don't", "we're", "I'll": a word ending in a contraction after at least one letter. */
function contractions(words: WordToken[]): number {
  let n = 0;
  for (const w of words) {
    if (!w.lower.includes("'")) continue;
    const suffix = CONTRACTIONS.find((c) => w.lower.endsWith(c));
    if (suffix && w.lower.length > suffix.length && isLetter(w.lower[w.lower.length - suffix.length - 1]!)) n++;
  }
  return n;
}

/**
 * Polite capitalised De/Dem/Deres (the old formal "you") mid-sentence — after a lower-case
 * letter and spaces or commas — is very formal Norwegian. Read from the word tokens: a regex
 * look-behind over the text was quadratic on long runs of spaces.
 */
function formalYou(text: string, words: WordToken[]): number {
  let n = 0;
  for (const w of words) {
    if (w.end - w.start > 5 || (w.lower !== 'de' && w.lower !== 'dem' && w.lower !== 'deres') || text.charCodeAt(w.start) !== 68) continue;
    if (text.slice(w.start + 1, w.end) !== w.lower.slice(1)) continue;
    let k = w.start - 1;
    while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 44)) k--;
    if (k < w.start - 1 && k >= 0 && isLowerCase(text.charCodeAt(k))) n++;
  }
  return n;
}

const LOWER = /\p{Ll}/u;
const isLowerCase = (c: number) => (c >= 97 && c <= 122) || (c >= 128 && LOWER.test(String.fromCharCode(c)));

/** Matches of a global regex, counting stops at `max` (a long post need not be scanned to the end). */
function countUpTo(pattern: RegExp, text: string, max: number): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < max && pattern.exec(text)) n++;
  return n;
}

/** One letter three times in a row ("sooo"), code point by code point. */
function hasStretchedLetter(text: string): boolean {
  let prev = -1;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    run = cp === prev ? run + 1 : 1;
    prev = cp;
    if (run === 3 && (cp > 0xffff ? isLetter(String.fromCodePoint(cp)) : isLetterCode(cp))) return true;
  }
  return false;
}

/** Sentences: runs of `.`, `!` or `?` followed by a space or the end of the text. */
function sentenceEnds(text: string): number {
  let n = 0;
  const isEnd = (c: number) => c === 46 || c === 33 || c === 63;
  for (let i = 0; i < text.length; i++) {
    if (!isEnd(text.charCodeAt(i))) continue;
    while (i + 1 < text.length && isEnd(text.charCodeAt(i + 1))) i++;
    if (i + 1 === text.length || isSpaceCode(text.charCodeAt(i + 1))) n++;
  }
  return n;
}

export function formality(text: string, words: WordToken[], locale: Locale): ToneAnalysis['formality'] {
  let points = 0;
  for (const m of matchPhrases(words, INDEX[locale])) points += m.value;
  points -= 1.5 * countUpTo(EMOJI_OR_EMOTICON, text, 3);
  if (locale === 'en') points -= 0.5 * Math.min(3, contractions(words));
  if (locale === 'nb') points += 3 * Math.min(2, formalYou(text, words));
  // "!!", "?!" and stretched words ("sooo") read casual in either language.
  if (/[!?]{2,}/.test(text)) points -= 1.5;
  if (hasStretchedLetter(text)) points -= 1;
  // Greeting with an exclamation ("Hei!", "Hi!") is friendly-casual; "Hei," starts a letter.
  if (/^\s*(?:hei|hi|hey|hallo|hello)\s*!/iu.test(text)) points -= 1;
  // Long sentences lean formal.
  const sentences = Math.max(1, sentenceEnds(text));
  const perSentence = words.length / sentences;
  if (perSentence > 20) points += 1;
  const score = Math.tanh(points / 4);
  const rounded = Math.round(score * 1000) / 1000;
  const level = score <= -0.4 ? 'casual' : score >= 0.4 ? 'formal' : 'neutral';
  return { level, score: rounded };
}
