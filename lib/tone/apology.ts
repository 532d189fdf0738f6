// Apologies and empathy are not negative tone in a reply (SPEC §3): "We're so sorry to hear
// this" and "Beklager ventetiden" must not trip `tone.negative`. A clause that opens with an
// apology or empathy cue has its negative words neutralised up to the end of its sentence or
// a contrast ("but", "men"), so "Sorry for the delay, but you are wrong" still counts "wrong".
// Softer cues (naming the trouble, owning a mistake, "Oh no,") count in a brand's reply only: the
// same words open a customer's complaint ("Så irriterende at dere aldri svarer"), so the reader
// of the comment answered leaves them out (`APOLOGY` vs `EMPATHY` in the mask).
import type { Locale } from '../plan/types';

export interface ScopeToken {
  lower: string;
  /** UTF-16 offsets in the text (a line break between two tokens ends a clause for the cues). */
  start?: number;
  end?: number;
  /** `.`, `!` or `?` follows this token. */
  sentenceEnd: boolean;
  /** Clause punctuation (. ! ? ; , :) follows this token. */
  breakAfter: boolean;
}

/** Apologies and understanding: the rest of their sentence is empathy, whatever it names. */
const CUES: Record<Locale, string[][]> = {
  en: [
    'sorry',
    'apologize',
    'apologise',
    'apologies',
    'apologizing',
    'apologising',
    'regret to',
    'we regret',
    // English tokens drop one-letter words, so "I understand" is matched by what follows.
    'we understand',
    'understand how',
    'understand your',
    'understand that',
    'understand the',
    'we hear you',
  ].map((c) => c.split(' ')),
  nb: [
    'beklager',
    'beklageligvis',
    'unnskyld',
    'unnskyldning',
    // Sentiment tokens drop one-letter words ("å"), so "leit å høre" is written "leit høre".
    'leit høre',
    'leit at',
    'synd høre',
    'synd at',
    'kjipt høre',
    'trist høre',
    'så leit',
    'vi forstår',
    'jeg forstår',
    'forstår godt',
  ].map((c) => c.split(' ')),
};

/**
 * Empathy that names the trouble: "That sounds really annoying", "Det høres frustrerende ut". The
 * same words open a complaint ("That sounds like a stupid excuse", "Nei så dårlig gjort"), so they
 * count only with a feeling word right after them (an intensifier may stand between), and only
 * to the end of that clause: "That sounds terrible honestly, worst brand ever" still counts "worst".
 */
const NAMING: Record<Locale, string[][]> = {
  en: ['that sounds', 'sounds', 'that must be', 'that must have been', 'must be', 'must have been', 'how'].map((c) => c.split(' ')),
  nb: ['nei så', 'så', 'det høres', 'høres', 'det må være', 'det må ha vært'].map((c) => c.split(' ')),
};
/** "I can imagine how frustrating …", "We totally get how …", "Jeg skjønner hvor …": anywhere in a clause. */
const UNDERSTANDING_HOW: Record<Locale, string[][]> = {
  en: ['imagine how', 'know how', 'get how', 'see how'].map((c) => c.split(' ')),
  nb: ['skjønner hvor', 'forstår hvor', 'kan tenke meg hvor'].map((c) => c.split(' ')),
};
/**
 * Judging words that are empathy only as an exclamation: "That's frustrating!", "What a pain,
 * sorry!", "Det var kjipt." With more after the feeling ("That's so annoying that you never read
 * the instructions", "Det var dumt at du ikke leste vilkårene") they judge the customer.
 */
const EXCLAIMING: Record<Locale, string[][]> = {
  en: ["that's", 'that is', 'what'].map((c) => c.split(' ')),
  nb: ['det var'].map((c) => c.split(' ')),
};
/**
 * What may follow the feeling word in its clause: "That sounds frustrating for you", "Så kjipt at
 * pakken ble borte", "Det høres frustrerende ut". Anything else ("How annoying you are", "Så
 * irriterende du er") is said about someone, not in sympathy.
 */
const AFTER_FEELING: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['that', 'to', 'for', 'and', 'with']),
  nb: new Set(['at', 'ut', 'høre', 'for', 'og', 'med']),
};
/** Nouns the feeling may qualify, after any cue: "What an awful experience", "For en kjip dag". */
const FEELING_NOUNS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['experience', 'situation', 'day', 'wait', 'delay', 'start', 'surprise']),
  nb: new Set(['opplevelse', 'situasjon', 'dag', 'ventetid', 'forsinkelse', 'start', 'overraskelse']),
};
const FEELINGS: Record<Locale, ReadonlySet<string>> = {
  en: new Set('frustrating annoying awful terrible stressful rough horrible disappointing upsetting painful tough infuriating inconvenient exhausting sad unfortunate pain nightmare hassle shame bummer'.split(' ')),
  nb: new Set('leit trist kjipt synd dumt ergerlig irriterende frustrerende surt uheldig fælt tungvint'.split(' ')),
};
const BETWEEN: Record<Locale, ReadonlySet<string>> = {
  en: new Set('really so very super incredibly extremely pretty quite truly absolutely just like an'.split(' ')),
  nb: new Set('veldig så skikkelig utrolig kjempe helt litt'.split(' ')),
};

/** Owning a mistake: "We messed up", "We should have answered sooner", "Vår feil". Their own clause only. */
const OWNING: Record<Locale, string[][]> = {
  en: ['our mistake', 'our bad', 'we messed up', 'we dropped the ball', 'we should have'].map((c) => c.split(' ')),
  nb: ['vår feil', 'vi har rotet', 'vi rotet', 'vi burde ha', 'vi skulle ha'].map((c) => c.split(' ')),
};

/**
 * Interjections of sympathy, set off by punctuation: "Oh no, …", "Å nei, …", "Uff, …". Only the
 * interjection itself is empathy ("no" is not negative there); "Nei så dårlig gjort" is no
 * interjection, and "Oh no, my coffee is terrible" still counts "terrible".
 */
const INTERJECTIONS: Record<Locale, string[][]> = {
  en: [['oh', 'no']],
  nb: [['nei'], ['uff'], ['huff'], ['uff', 'da'], ['huff', 'da']],
};

const CONTRASTS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['but', 'however', 'although', 'though']),
  // ("selv om", although, is two words: "selv" alone is "self".)
  nb: new Set(['men', 'derimot']),
};

// Cues by their first word: most tokens start none, and are answered by one look-up.
const byLocale = (lists: Record<Locale, string[][]>) => ({ en: byFirstWord(lists.en), nb: byFirstWord(lists.nb) });
const BY_FIRST = byLocale(CUES);
const NAMING_BY_FIRST = byLocale(NAMING);
const UNDERSTANDING_BY_FIRST = byLocale(UNDERSTANDING_HOW);
const EXCLAIMING_BY_FIRST = byLocale(EXCLAIMING);
/** Greetings that may open a reply before its first clause ("Hi Anna", "Hei Kari"). */
const GREETINGS: ReadonlySet<string> = new Set(['hi', 'hey', 'hello', 'dear', 'hei', 'hallo', 'heisann', 'hej', 'kjære']);
const OWNING_BY_FIRST = byLocale(OWNING);
const INTERJECTIONS_BY_FIRST = byLocale(INTERJECTIONS);
function byFirstWord(cues: string[][]): ReadonlyMap<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const cue of cues) map.set(cue[0]!, [...(map.get(cue[0]!) ?? []), cue]);
  return map;
}

/** The length of the longest cue of `index` starting at i (within one clause), or 0. */
function cueAt(tokens: ScopeToken[], i: number, index: ReadonlyMap<string, string[][]>): number {
  let best = 0;
  for (const cue of index.get(tokens[i]!.lower) ?? []) {
    if (cue.length > best && cue.every((word, k) => tokens[i + k]?.lower === word && (k === cue.length - 1 || !tokens[i + k]!.breakAfter))) best = cue.length;
  }
  return best;
}

/** The end (inclusive) of the clause holding token i. */
function clauseEnd(tokens: ScopeToken[], i: number): number {
  let end = i;
  while (end < tokens.length - 1 && !tokens[end]!.breakAfter) end++;
  return end;
}

/** Mask values: no cue; an apology or understanding (every reading); softer empathy (a reply's only). */
export const NO_CUE = 0;
export const APOLOGY = 1;
export const EMPATHY = 2;

/** Marks the tokens inside apology/empathy clauses (their negative valence is dropped). */
export function apologyMask(tokens: ScopeToken[], locale: Locale, text = ''): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  let inside = false;
  // Up to this token a clause-long cue (NAMING, OWNING, INTERJECTIONS) holds.
  let clauseUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (CONTRASTS[locale].has(token.lower)) {
      inside = false;
      clauseUntil = -1;
    } else if (!inside && cueAt(tokens, i, BY_FIRST[locale])) inside = true;
    else if (!inside && i > clauseUntil) clauseUntil = clauseCue(tokens, i, locale, text);
    mask[i] = inside ? APOLOGY : i <= clauseUntil ? EMPATHY : NO_CUE;
    if (token.sentenceEnd) inside = false;
  }
  return mask;
}

/** Is there a line break in the text between tokens k and k + 1? */
const lineBreakAfter = (tokens: ScopeToken[], k: number, text: string) => {
  const from = tokens[k]!.end;
  const to = tokens[k + 1]?.start;
  return from !== undefined && to !== undefined && /[\n\r\u2028]/.test(text.slice(from, to));
};

/**
 * Does token i open a clause: the text's start, after clause punctuation or a line break, or after
 * only @handles and a greeting ("@kari_b That sounds …", "Hi Anna That sounds …").
 */
function opensClause(tokens: ScopeToken[], i: number, text: string): boolean {
  let k = i - 1;
  while (k >= 0 && !tokens[k]!.breakAfter && !lineBreakAfter(tokens, k, text)) {
    const lower = tokens[k]!.lower;
    const start = tokens[k]!.start;
    // Sentiment tokens drop the @ of a handle: the text still has it.
    const handle = lower.startsWith('@') || (start !== undefined && start > 0 && text.charCodeAt(start - 1) === 64);
    const greeted = k > 0 && GREETINGS.has(tokens[k - 1]!.lower) && !tokens[k - 1]!.breakAfter;
    if (!handle && !GREETINGS.has(lower) && !greeted) return false;
    k--;
  }
  return true;
}

/** Does the clause go on after the feeling word at k in a way empathy does? */
function feelingEnds(tokens: ScopeToken[], k: number, text: string, exclaiming: boolean, locale: Locale): boolean {
  const next = tokens[k + 1];
  // The clause ends, or a face follows ("That sounds frustrating 😕").
  if (!next || tokens[k]!.breakAfter || lineBreakAfter(tokens, k, text) || !/^\p{L}/u.test(next.lower)) return true;
  return FEELING_NOUNS[locale].has(next.lower) || (!exclaiming && AFTER_FEELING[locale].has(next.lower));
}

/** Where the empathy of an INTERJECTIONS, OWNING or NAMING cue at i ends, or −1. */
function clauseCue(tokens: ScopeToken[], i: number, locale: Locale, text: string): number {
  const interjection = cueAt(tokens, i, INTERJECTIONS_BY_FIRST[locale]);
  if (interjection && tokens[i + interjection - 1]!.breakAfter) return i + interjection - 1;
  if (cueAt(tokens, i, OWNING_BY_FIRST[locale])) return clauseEnd(tokens, i);
  const understanding = cueAt(tokens, i, UNDERSTANDING_BY_FIRST[locale]);
  // Naming the trouble opens its clause ("That sounds …", "Oh no, how frustrating").
  const opens = opensClause(tokens, i, text);
  const exclaiming = opens ? cueAt(tokens, i, EXCLAIMING_BY_FIRST[locale]) : 0;
  const naming = understanding || exclaiming || (opens ? cueAt(tokens, i, NAMING_BY_FIRST[locale]) : 0);
  if (!naming || tokens[i + naming - 1]!.breakAfter) return -1;
  let k = i + naming;
  while (k < tokens.length && BETWEEN[locale].has(tokens[k]!.lower) && !tokens[k]!.breakAfter) k++;
  if (k >= tokens.length || !FEELINGS[locale].has(tokens[k]!.lower)) return -1;
  // Understanding covers what follows ("… how frustrating this must be"); the others must end.
  return understanding || feelingEnds(tokens, k, text, exclaiming > 0, locale) ? clauseEnd(tokens, k) : -1;
}
