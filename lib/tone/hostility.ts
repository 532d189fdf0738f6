// Hostility spans (insults, profanity, blaming, dismissive phrasing) for `tone.hostile`.
import type { Locale } from '../plan/types';
import { BRUSH_OFF_TAILS, CLAUSE_ONLY_BRUSH_OFFS, HOSTILE_PHRASES, NON_APOLOGIES } from './hostility-lists';
import { SARCASTIC_THANKS, meansOnly, quoted } from './sarcasm';
import { englishPolarity } from './sentiment-en';
import { nbPolarity } from './sentiment-nb';
import type { ToneSpan } from './types';
import { compilePhrases, matchPhrases, type PhraseIndex, type WordToken } from './words';

type Kind = NonNullable<ToneSpan['kind']>;

const INDEX: Record<Locale, PhraseIndex<Kind>> = {
  en: compilePhrases(HOSTILE_PHRASES.en),
  nb: compilePhrases(HOSTILE_PHRASES.nb),
};

const NON_APOLOGY_INDEX: Record<Locale, PhraseIndex<true>> = {
  en: compilePhrases(NON_APOLOGIES.en.map((p): [string, true] => [p, true])),
  nb: compilePhrases(NON_APOLOGIES.nb.map((p): [string, true] => [p, true])),
};

export function findHostility(words: WordToken[], locale: Locale, text = ''): ToneSpan[] {
  const spans: ToneSpan[] = matchPhrases(words, INDEX[locale])
    .filter((m) => !(SARCASM_KEYS[locale].has(wordsOf(words, m.from, m.to)) && (meansOnly(words, m.to - 1, locale === 'en' ? englishPolarity : nbPolarity) || quoted(text, m.start, m.end))))
    .filter((m) => !(m.value === 'insult' && denied(words, m.from, locale, text)))
    .filter((m) => !CLAUSE_ONLY[locale].has(wordsOf(words, m.from, m.to)) || aClauseAlone(words, m.from, m.to, locale, text))
    .map((m) => ({ start: m.start, end: m.end, kind: m.value }));
  const more = [takeItOrLeaveIt(words, locale, text), nonApology(words, locale, text), sorryNotSorry(words)];
  for (const span of more) {
    if (span && !spans.some((s) => s.start < span.end && span.start < s.end)) spans.push(span);
  }
  if (more.some(Boolean)) spans.sort((a, b) => a.start - b.start);
  return spans;
}

/**
 * What may follow a non-apology and still leave it the reply's last word (rev26): a sign-off that
 * adds nothing for the customer. "Sorry you feel that way. Have a nice day!" closes the door as
 * firmly; "…, we'll do better" does not.
 */
const SIGN_OFFS: Record<Locale, readonly (readonly string[])[]> = {
  en: ['have a nice day', 'have a good day', 'have a great day', 'thanks for the feedback', 'thanks for your feedback', 'thank you for the feedback', 'thank you for your feedback'].map((p) => p.split(' ')),
  nb: ['ha en fin dag', 'ha en god dag', 'ha en fortsatt fin dag', 'takk for tilbakemeldingen', 'takk for innspillet'].map((p) => p.split(' ')),
};

const capitalised = (text: string, word: WordToken) => /^\p{Lu}/u.test(text.slice(word.start, word.end));

/** Whether words[from…] are only a name addressed (", Kari", ", Kari Nordmann") and a sign-off. */
function onlySignOff(words: readonly WordToken[], from: number, locale: Locale, text: string): boolean {
  let k = from;
  if (k > 0 && k < words.length && /^\s*,\s*$/.test(text.slice(words[k - 1]!.end, words[k]!.start)) && capitalised(text, words[k]!)) {
    k++;
    if (k < words.length && /^\s+$/.test(text.slice(words[k - 1]!.end, words[k]!.start)) && capitalised(text, words[k]!)) k++;
  }
  if (k === words.length) return true;
  return SIGN_OFFS[locale].some((phrase) => k + phrase.length === words.length && phrase.every((w, i) => words[k + i]!.lower === w));
}

/** A non-apology as the reply's last words (a name and a sign-off may follow), its sentence ended (NON_APOLOGIES). */
function nonApology(words: WordToken[], locale: Locale, text: string): ToneSpan | undefined {
  const last = words[words.length - 1];
  if (!last) return undefined;
  // Only the last words can end the reply: the longest phrase has six, a name two and a sign-off
  // five, so a 63k post pays for sixteen.
  const tail = words.slice(-16);
  const match = matchPhrases(tail, NON_APOLOGY_INDEX[locale]).findLast((m) => onlySignOff(tail, m.to, locale, text));
  return match && sentenceEndsAfter(text, last) && !quoted(text, match.start, match.end) ? { start: match.start, end: match.end, kind: 'dismissive' } : undefined;
}

/**
 * "Sorry, not sorry": the phrase lists match within one clause, and the comma makes it two (QA23).
 * Said in either language ("Sorry, not sorry" is common in Bokmål replies too).
 */
function sorryNotSorry(words: WordToken[]): ToneSpan | undefined {
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i]!.lower === 'sorry' && words[i + 1]!.lower === 'not' && words[i + 2]!.lower === 'sorry') return { start: words[i]!.start, end: words[i + 2]!.end, kind: 'dismissive' };
  }
  return undefined;
}

/** The non-apologies anywhere in a text ("Sorry you feel that way, but …"): no apology, wherever they stand. */
export function nonApologySpans(words: WordToken[], locale: Locale): { start: number; end: number }[] {
  return matchPhrases(words, NON_APOLOGY_INDEX[locale]).map((m) => ({ start: m.start, end: m.end }));
}

const DONT = new Set(["don't", 'dont', 'do']);
const DISLIKED = new Set(['it', 'them', 'this', 'that', 'our', 'us', 'the']);
const STAY_AWAY = new Set(['buy', 'order', 'come', 'shop']);
const OBJECTS = new Set(['it', 'them', 'this', 'that', 'here', 'us', 'then', 'again', 'back']);
/** What may close the sentence after the object: "don't buy it again", "don't order from us", "…, simple as that", "lol". */
const CLOSERS = new Set(['again', 'then', 'back', 'lol', 'period', 'simple']);
const NB_DISLIKED = new Set(['den', 'det', 'dem', 'oss', 'kaffen', 'produktet']);

/** Does a sentence end right after `word` (a full stop, ! or ?, a line break, or the text's end)? */
function sentenceEndsAfter(text: string, word: WordToken): boolean {
  const rest = /^[\s"'”’)]*(.)?/u.exec(text.slice(word.end, word.end + 8));
  const next = rest?.[1];
  return next === undefined || next === '.' || next === '…' || next === '!' || next === '?' || next === '\n' || /\p{Extended_Pictographic}/u.test(next);
}

/**
 * "If you don't like it, don't buy it" / "Liker du den ikke, så la være å kjøpe den": the phrase
 * lists match within one clause, and this is two. The second clause must send the customer away
 * and end the sentence there: "If you don't like it, don't drink it: bring it back" and "If you
 * don't like it, send it back for a refund" are service, and "La være å kjøpe kaffe på
 * bensinstasjonen, kom til oss!" is an advert.
 */
function takeItOrLeaveIt(words: WordToken[], locale: Locale, text: string): ToneSpan | undefined {
  for (let i = 0; i + 4 < words.length; i++) {
    let k: number;
    if (locale === 'en') {
      if (words[i]!.lower !== 'if' || words[i + 1]!.lower !== 'you') continue;
      k = i + 2;
      if (!DONT.has(words[k]!.lower)) continue;
      if (words[k]!.lower === 'do' && words[++k]?.lower !== 'not') continue;
      if (words[++k]?.lower !== 'like' || !DISLIKED.has(words[k + 1]?.lower ?? '')) continue;
    } else {
      // "Liker du den ikke", "Liker du ikke kaffen", "Hvis du ikke liker den".
      const hvis = words[i]!.lower === 'hvis' && words[i + 1]!.lower === 'du' && words[i + 2]?.lower === 'ikke' && words[i + 3]?.lower === 'liker';
      if (hvis) k = i + 3;
      else {
        if (words[i]!.lower !== 'liker' || words[i + 1]!.lower !== 'du') continue;
        const a = words[i + 2]?.lower ?? '';
        const b = words[i + 3]?.lower ?? '';
        if (!((NB_DISLIKED.has(a) && b === 'ikke') || (a === 'ikke' && NB_DISLIKED.has(b)))) continue;
        k = i + 3;
      }
    }
    // The rest of the first clause ("it", "our coffee"), up to its comma.
    while (k < words.length && !words[k]!.breakAfter && k < i + 9) k++;
    if (k >= words.length || !words[k]!.breakAfter) continue;
    k++;
    let last: WordToken | undefined;
    if (locale === 'en') {
      if (words[k]?.lower === 'then' || words[k]?.lower === 'just') k++;
      if (!DONT.has(words[k]?.lower ?? '')) continue;
      if (words[k]!.lower === 'do' && words[++k]?.lower !== 'not') continue;
      const verb = words[k + 1];
      if (!verb || !STAY_AWAY.has(verb.lower)) continue;
      // The sentence may go on with an object, "from us", and a closer: "don't buy it again",
      // "don't order from us", "don't come back". `end` is the index of the last word taken.
      let end = k + 1;
      const takes = (at: number, expected: ReadonlySet<string> | string) => !words[end]!.breakAfter && (typeof expected === 'string' ? words[at]?.lower === expected : expected.has(words[at]?.lower ?? ''));
      if (takes(end + 1, OBJECTS)) end++;
      if (takes(end + 1, 'from') && words[end + 2]?.lower === 'us' && !words[end + 1]!.breakAfter) end += 2;
      if (takes(end + 1, CLOSERS)) end++;
      last = words[end];
    } else {
      if (words[k]?.lower === 'så') k++;
      if (words[k]?.lower === 'kan' && words[k + 1]?.lower === 'du') k += 2;
      // "la være å kjøpe den", "kjøp noe annet (da)".
      const buy = words[k + 2]?.lower === 'å' ? k + 3 : k + 2;
      if (words[k]?.lower === 'la' && words[k + 1]?.lower === 'være' && words[buy]?.lower === 'kjøpe') last = NB_DISLIKED.has(words[buy + 1]?.lower ?? '') ? words[buy + 1] : words[buy];
      else if (words[k]?.lower === 'kjøp' && words[k + 1]?.lower === 'noe' && words[k + 2]?.lower === 'annet') last = words[k + 3]?.lower === 'da' ? words[k + 3] : words[k + 2];
      if (!last) continue;
    }
    if (last && sentenceEndsAfter(text, last)) return { start: words[i]!.start, end: last.end, kind: 'dismissive' };
  }
  return undefined;
}

const SARCASM_KEYS: Record<Locale, ReadonlySet<string>> = { en: new Set(SARCASTIC_THANKS.en), nb: new Set(SARCASTIC_THANKS.nb) };
const wordsOf = (words: WordToken[], from: number, to: number) => words.slice(from, to).map((w) => w.lower).join(' ');

// Not "nothing"/"none"/"ingenting": "Nothing is too stupid for you", "None are as stupid as you" taunt (rev35).
const DENIALS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['no', 'not', 'never', "don't", 'dont', 'nobody']),
  nb: new Set(['ingen', 'ikke', 'ikkje', 'aldri']),
};
/**
 * What may stand between a denial and the insult it denies: determiners ("no such thing as a
 * stupid question", "ikke noe dumt spørsmål"), and the question itself with its verb ("no question
 * is too stupid", "never feel stupid", "ingen spørsmål er for dumme").
 */
const BETWEEN: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['a', 'an', 'any', 'such', 'thing', 'as', 'so', 'really', 'question', 'questions', 'comment', 'comments', 'is', 'are', 'too', 'feel', 'ever', 'one', 'should', 'need', 'to']),
  nb: new Set(['noe', 'en', 'et', 'ei', 'noen', 'slikt', 'slik', 'som', 'så', 'spørsmål', 'kommentar', 'kommentarer', 'er', 'for', 'føl', 'deg']),
};
const BETWEEN_REACH = 4;

/**
 * A line break, an ellipsis, a dash or an emoji between two words ends a clause too, where
 * `breakAfter` (sentence and clause punctuation) does not say so: "Go away\nNobody wants you",
 * "Stikk av – ingen vil ha deg her", "No… idiot." (rev34).
 */
function clauseEnds(words: readonly WordToken[], k: number, text: string): boolean {
  const word = words[k]!;
  if (word.breakAfter) return true;
  const next = words[k + 1];
  // Only where a new sentence starts after it, capitalised: "Take a hike 🥾 and bring a thermos",
  // "Take a hike\nwith our trail mix" go on (rev35).
  return next !== undefined && /[\n…–—]| - |\p{Extended_Pictographic}/u.test(text.slice(word.end, next.start)) && /^\p{Lu}/u.test(text.slice(next.start, next.end));
}

/**
 * An insult its own denial governs, with at most a few words of BETWEEN before it: "There are no
 * stupid questions", "no question is too stupid", "Ingen dumme spørsmål her!" reassure the
 * customer. A denial that governs something else still insults: "Do not be an idiot", "nothing
 * but a loser", "no better than a clown", "Ikke still dumme spørsmål" (rev33); so does a
 * comparison, "Not as stupid as you look" (rev34).
 */
function denied(words: readonly WordToken[], from: number, locale: Locale, text: string): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 1 - BETWEEN_REACH && !clauseEnds(words, k, text); k--) {
    const word = words[k]!.lower;
    // A comparison is no denial: "not as stupid as you look", "nobody is as stupid as you".
    if (DENIALS[locale].has(word)) return !words.slice(k + 1, from).some((w, i, all) => w.lower === 'as' && all[i - 1]?.lower !== 'thing');
    if (!BETWEEN[locale].has(word)) return false;
  }
  return false;
}

const CLAUSE_ONLY: Record<Locale, ReadonlySet<string>> = { en: new Set(CLAUSE_ONLY_BRUSH_OFFS.en), nb: new Set(CLAUSE_ONLY_BRUSH_OFFS.nb) };
/** Words that may share the clause with such a brush-off and leave it one: "Just go away.", "Bare stikk av!", "Samma det for meg." (rev34). */
const AROUND_BRUSH_OFF: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['just', 'please', 'now', 'already', 'then', 'right', 'and', 'so', 'oh', 'ok', 'okay', 'from', 'here', 'pal', 'mate', 'buddy']),
  nb: new Set(['bare', 'nå', 'da', 'så', 'og', 'herfra', 'vekk', 'for', 'meg', 'oss', 'enn', 'ok', 'altså']),
};
const AROUND_REACH = 3;
const TAILS: Record<Locale, readonly (readonly string[])[]> = { en: BRUSH_OFF_TAILS.en.map((t) => t.split(' ')), nb: BRUSH_OFF_TAILS.nb.map((t) => t.split(' ')) };
const AND: Record<Locale, string> = { en: 'and', nb: 'og' };

/** Words after "and" at `k` that are a brush-off's tail ("and never come back"): how many, or 0. */
function tailAt(words: readonly WordToken[], k: number, locale: Locale, text: string): number {
  if (words[k]?.lower !== AND[locale] || clauseEnds(words, k, text)) return 0;
  for (const tail of TAILS[locale]) {
    if (tail.every((w, i) => words[k + 1 + i]?.lower.replace(/’/g, "'") === w && (i === tail.length - 1 || !clauseEnds(words, k + 1 + i, text)))) return tail.length + 1;
  }
  return 0;
}

/**
 * Words [from, to) are a clause of their own, give or take a few words of AROUND_BRUSH_OFF on
 * either side: "Stikk av.", "Bare stikk av!", "Go away already", but not "Stikk av fra
 * hverdagen med en kopp" or "Don't let the summer go away" (rev33).
 */
function aClauseAlone(words: readonly WordToken[], from: number, to: number, locale: Locale, text: string): boolean {
  const around = AROUND_BRUSH_OFF[locale];
  for (let k = from - 1, n = 0; k >= 0 && !clauseEnds(words, k, text); k--, n++) if (n >= AROUND_REACH || !around.has(words[k]!.lower)) return false;
  for (let j = to - 1, n = 0; j + 1 < words.length && !clauseEnds(words, j, text); j++, n++) {
    // "Go away and never come back": the tail goes on with the brush-off, it is no post's words.
    const tail = tailAt(words, j + 1, locale, text);
    if (tail) {
      j += tail - 1;
      continue;
    }
    if (n >= AROUND_REACH || !around.has(words[j + 1]!.lower)) return false;
  }
  return true;
}
