// Apologies and empathy are not negative tone in a reply (SPEC §3): "We're so sorry to hear
// this" and "Beklager ventetiden" must not trip `tone.negative`. A clause that opens with an
// apology or empathy cue has its negative words neutralised up to the end of its sentence or
// a contrast ("but", "men"), so "Sorry for the delay, but you are wrong" still counts "wrong".
// Softer cues (naming the trouble, owning a mistake, "Oh no,") count in a brand's reply only: the
// same words open a customer's complaint ("Så irriterende at dere aldri svarer"), so the reader
// of the comment answered leaves them out (`APOLOGY` vs `EMPATHY` in the mask).
import type { Locale } from '../plan/types';
import { phraseAt, phraseStarts } from './phrase-starts';

export interface ScopeToken {
  lower: string;
  /** As written (a name after a greeting is capitalised). */
  surface?: string;
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
    'kjedelig høre',
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
 * What may follow the feeling word: its reason ("That sounds frustrating for you", "Så kjipt at
 * pakken ble borte", "frustrating to hear", "Det høres frustrerende ut"), which the empathy covers
 * to the end of the clause; or a link to more ("and", "og", "med"), which it does not cover. Any
 * other word ("How annoying you are", "Så irriterende du er") is said about someone.
 */
const REASONS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['that', 'to', 'for', 'with', 'about']),
  nb: new Set(['at', 'ut', 'høre', 'for', 'med']),
};
const LINKS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['and']),
  nb: new Set(['og']),
};
/** Words that judge what the customer did, after "you / du" in the reason ("that you can't read"). */
const FAULTS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(["can't", 'cannot', 'never', "didn't", "don't", "won't", 'not', 'refuse', 'refused', 'forgot', 'failed']),
  nb: new Set(['ikke', 'ikkje', 'aldri', 'glemte', 'nekter', 'nektet']),
};
/** What happened to the customer, after a fault word, is sympathy again ("at du ikke fikk pakken"). */
const SUFFERED: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['get', 'got', 'receive', 'received', 'hear', 'heard']),
  nb: new Set(['fikk', 'fått', 'mottok', 'mottatt', 'hørte', 'hørt']),
};
/** After "how" ("I can imagine how frustrating this must be"), the thing it is about. */
const ABOUT: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['this', 'that', 'it']),
  nb: new Set(['dette', 'det']),
};
const YOU: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['you', "you're", 'your']),
  nb: new Set(['du', 'dere', 'deg']),
};
/** Nouns the feeling may qualify, after any cue: "What an awful experience", "For en kjip dag". */
const FEELING_NOUNS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['experience', 'situation', 'day', 'wait', 'delay', 'start', 'surprise']),
  nb: new Set(['opplevelse', 'situasjon', 'dag', 'ventetid', 'forsinkelse', 'start', 'overraskelse']),
};
const FEELINGS: Record<Locale, ReadonlySet<string>> = {
  en: new Set('frustrating annoying awful terrible stressful rough horrible disappointing upsetting painful tough infuriating inconvenient exhausting sad unfortunate pain nightmare hassle shame bummer'.split(' ')),
  // "kjedelig" is "boring" in a review, but "Det var kjedelig å høre" is how Bokmål says "sorry to hear that" (QA39).
  nb: new Set('leit trist kjipt kjedelig synd dumt ergerlig irriterende frustrerende surt uheldig fælt tungvint'.split(' ')),
};
const BETWEEN: Record<Locale, ReadonlySet<string>> = {
  en: new Set('really so very super incredibly extremely pretty quite truly absolutely just like an'.split(' ')),
  nb: new Set('veldig så skikkelig utrolig kjempe helt litt'.split(' ')),
};

/** After "we should have": guessing the customer, not owning a mistake. */
const KNEW: ReadonlySet<string> = new Set(['known', 'guessed', 'expected', 'seen', 'visst', 'skjønt', 'forventet']);

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

/**
 * Sadness (and sad faces) in the sentence an interjection of sympathy opens is the brand feeling
 * with the customer: "Oh no, what a sad way to start the day 😢", "Å nei, for en trist start 😢".
 * Words about the product's quality ("Oh no, my coffee is terrible") still count as written.
 */
const SAD_FACES = ['\u{1F622}', '\u{1F61E}', '\u{1F614}', '\u{1F97A}', '\u{1F61F}', '\u2639\uFE0F', '\u2639', '\u{1F641}', '\u{1F625}', '\u{1F494}'];
const SADNESS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['sad', 'sadder', 'saddest', 'sadly', 'heartbreaking', 'gutted', ...SAD_FACES]),
  nb: new Set(['trist', 'triste', 'tristere', 'tristeste', 'leit', 'leie', 'synd', ...SAD_FACES]),
};

const CONTRASTS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['but', 'however', 'although', 'though']),
  // ("selv om", although, is two words: "selv" alone is "self".)
  nb: new Set(['men', 'derimot']),
};

// Cues by their first word: most tokens start none, and are answered by one look-up.
const byLocale = (lists: Record<Locale, string[][]>) => ({ en: phraseStarts(lists.en), nb: phraseStarts(lists.nb) });
const BY_FIRST = byLocale(CUES);
const NAMING_BY_FIRST = byLocale(NAMING);
const UNDERSTANDING_BY_FIRST = byLocale(UNDERSTANDING_HOW);
const EXCLAIMING_BY_FIRST = byLocale(EXCLAIMING);
/** Greetings that may open a reply before its first clause ("Hi Anna", "Hei Kari"). */
const GREETINGS: ReadonlySet<string> = new Set(['hi', 'hey', 'hello', 'dear', 'hei', 'hallo', 'heisann', 'hej', 'kjære']);
/** Faces of contempt, never sympathy: 🙄 😒 😏 🤦 🤨. */
const CONTEMPT = /\u{1F644}|\u{1F612}|\u{1F60F}|\u{1F926}|\u{1F928}/u;
/** Interjections and greeting words that may stand before a clause without a comma ("Uff så kjipt", "Hi there", "Hei igjen"). */
const OPENERS: ReadonlySet<string> = new Set(['oh', 'ah', 'aw', 'aww', 'ok', 'okay', 'uff', 'huff', 'nei', 'da', 'there', 'guys', 'all', 'everyone', 'folks', 'again', 'igjen', 'alle', 'dere']);
const OWNING_BY_FIRST = byLocale(OWNING);
const INTERJECTIONS_BY_FIRST = byLocale(INTERJECTIONS);
const cueAt = phraseAt;
/**
 * Every word that starts a cue clauseCue looks for: a token starting none (nearly all of them) is
 * answered by this one look-up instead of five (clauseCue runs at almost every token).
 */
const CLAUSE_CUE_STARTS: Record<Locale, ReadonlySet<string>> = {
  en: new Set([INTERJECTIONS, OWNING, UNDERSTANDING_HOW, EXCLAIMING, NAMING].flatMap((lists) => [...phraseStarts(lists.en).keys()])),
  nb: new Set([INTERJECTIONS, OWNING, UNDERSTANDING_HOW, EXCLAIMING, NAMING].flatMap((lists) => [...phraseStarts(lists.nb).keys()])),
};

/** The end (inclusive) of the clause holding token i: at punctuation, a line break or a face of contempt. */
function clauseEnd(tokens: ScopeToken[], i: number, text: string): number {
  let end = i;
  while (end < tokens.length - 1 && !tokens[end]!.breakAfter && !lineBreakAfter(tokens, end, text) && !CONTEMPT.test(tokens[end + 1]!.lower)) end++;
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
  // After "Oh no," / "Å nei," the sentence's sadness is the brand's sympathy (below); after
  // "Oh no!" standing alone, the next sentence's.
  let sympathising = false;
  let carried = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (CONTRASTS[locale].has(token.lower)) {
      inside = false;
      clauseUntil = -1;
      sympathising = false;
    } else if (!inside && cueAt(tokens, i, BY_FIRST[locale])) inside = true;
    else if (!inside && i > clauseUntil) {
      clauseUntil = clauseCue(tokens, i, locale, text);
      if (clauseUntil >= i && cueAt(tokens, i, INTERJECTIONS_BY_FIRST[locale])) {
        sympathising = true;
        carried = tokens[clauseUntil]!.sentenceEnd === true && (i === 0 || tokens[i - 1]!.sentenceEnd === true);
      }
    }
    mask[i] = inside ? APOLOGY : i <= clauseUntil || (sympathising && SADNESS[locale].has(token.lower)) ? EMPATHY : NO_CUE;
    if (token.sentenceEnd) {
      inside = false;
      sympathising = carried && i === clauseUntil;
      carried = false;
    }
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
 * only @handles, interjections and a greeting with a name ("@kari_b That sounds …", "Hi Anna Smith
 * that sounds …", "Uff så kjipt …").
 */
function opensClause(tokens: ScopeToken[], i: number, text: string): boolean {
  let k = i - 1;
  while (k >= 0 && !tokens[k]!.breakAfter && !lineBreakAfter(tokens, k, text)) {
    const lower = tokens[k]!.lower;
    const start = tokens[k]!.start;
    // Sentiment tokens drop the @ of a handle: the text still has it.
    const handle = lower.startsWith('@') || (start !== undefined && start > 0 && text.charCodeAt(start - 1) === 64);
    // A name after a greeting: "Hi Anna", "hi anna", "Hi Anna Smith".
    const named = (k >= 1 && GREETINGS.has(tokens[k - 1]!.lower)) || (k >= 2 && GREETINGS.has(tokens[k - 2]!.lower) && /^\p{Lu}/u.test(tokens[k]!.surface ?? ''));
    if (!handle && !GREETINGS.has(lower) && !OPENERS.has(lower) && !named) return false;
    k--;
  }
  return true;
}

/**
 * How far the empathy of a feeling word at k reaches, or −1 when what follows it is said about
 * someone. `how`: the cue asks how ("how frustrating this is"), so "this" may follow.
 */
function feelingReach(tokens: ScopeToken[], k: number, text: string, locale: Locale, how: boolean): number {
  const next = tokens[k + 1];
  // The clause ends: the feeling alone. A face of sympathy after it is part of it ("That sounds
  // frustrating 😕"); an eye-roll is contempt and reads as written.
  if (!next || tokens[k]!.breakAfter || lineBreakAfter(tokens, k, text)) return k;
  if (CONTEMPT.test(next.lower)) return k;
  // A face or a number goes on with the clause ("frustrating 😞 that it took 10 days").
  if (!/^\p{L}/u.test(next.lower)) return clauseEnd(tokens, k, text);
  if (FEELING_NOUNS[locale].has(next.lower)) return k + 1;
  // "How frustrating and disappointing that …": the second feeling decides; anything else after
  // "and" is the draft's own ("Så irriterende og dumt av deg").
  if (LINKS[locale].has(next.lower)) {
    const other = k + 2;
    return other < tokens.length && FEELINGS[locale].has(tokens[other]!.lower) && !tokens[k + 1]!.breakAfter ? feelingReach(tokens, other, text, locale, how) : k;
  }
  if (how && ABOUT[locale].has(next.lower)) return clauseEnd(tokens, k, text);
  if (!REASONS[locale].has(next.lower)) return -1;
  const end = clauseEnd(tokens, k, text);
  return blamesCustomer(tokens, k + 2, end, locale) ? -1 : end;
}

/**
 * Does the reason blame the customer: "you / du" and then what they did wrong ("that you can't
 * read a label", "at du ikke leste vilkårene"), or "customers like you"? What happened to them is
 * sympathy ("that you had to wait", "at du ikke fikk pakken").
 */
function blamesCustomer(tokens: ScopeToken[], from: number, end: number, locale: Locale): boolean {
  for (let k = from; k <= end; k++) {
    if (!YOU[locale].has(tokens[k]!.lower)) continue;
    if (tokens[k - 1]?.lower === 'like' || tokens[k - 1]?.lower === 'som') return true;
    for (let j = k + 1; j <= Math.min(end, k + 3); j++) {
      if (!FAULTS[locale].has(tokens[j]!.lower)) continue;
      return !SUFFERED[locale].has(tokens[j + 1]?.lower ?? '');
    }
  }
  return false;
}

/** Where the empathy of an INTERJECTIONS, OWNING or NAMING cue at i ends, or −1. */
function clauseCue(tokens: ScopeToken[], i: number, locale: Locale, text: string): number {
  if (!CLAUSE_CUE_STARTS[locale].has(tokens[i]!.lower)) return -1;
  const interjection = cueAt(tokens, i, INTERJECTIONS_BY_FIRST[locale]);
  if (interjection && tokens[i + interjection - 1]!.breakAfter) return i + interjection - 1;
  const owning = cueAt(tokens, i, OWNING_BY_FIRST[locale]);
  // "We should have known you'd complain again" is no apology.
  if (owning && !KNEW.has(tokens[i + owning]?.lower ?? '')) return clauseEnd(tokens, i, text);
  const understanding = cueAt(tokens, i, UNDERSTANDING_BY_FIRST[locale]);
  // Naming the trouble opens its clause ("That sounds …", "Oh no, how frustrating"). The walk back
  // to the clause's start runs only where a cue stands, so the mask stays linear in long clauses.
  const cue = understanding ? 0 : cueAt(tokens, i, EXCLAIMING_BY_FIRST[locale]) || cueAt(tokens, i, NAMING_BY_FIRST[locale]);
  const naming = understanding || (cue && opensClause(tokens, i, text) ? cue : 0);
  if (!naming || tokens[i + naming - 1]!.breakAfter) return -1;
  let k = i + naming;
  while (k < tokens.length && BETWEEN[locale].has(tokens[k]!.lower) && !tokens[k]!.breakAfter) k++;
  if (k >= tokens.length || !FEELINGS[locale].has(tokens[k]!.lower)) return -1;
  const how = understanding > 0 || tokens[i]!.lower === 'how' || tokens[i + naming - 1]!.lower === 'hvor';
  return feelingReach(tokens, k, text, locale, how);
}
