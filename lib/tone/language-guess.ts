// Which of the two languages a short comment is written in, for reading the comment being
// answered: a Norwegian brand with an English plan still gets Norwegian comments ("Dritdårlig
// kaffe", "Helt jævlig kundeservice"), and English sentiment and hostility lists cannot read them.
// Function words decide (frequent, short, and kept to those the other language does not also
// write: not "to", "at", "be", "me", "no", "her", "men", "min", "mine"); a word with æ, ø or å
// counts once for Norwegian, unless it is a capitalised name inside a sentence ("Rude staff in
// Tromsø" is English). With nothing to tell by, the comment is read both ways (`answeredReadings`),
// first in the language whose sentiment lexicon alone knows more of its words ("Nydelig 😭").
import type { Locale } from '../plan/types';
import { isEnglishEntry } from './lexicon-en';
import { nbKnows } from './sentiment-nb';
import { wordTokens, type WordToken } from './words';

const NB = new Set(
  'og ikke ikkje jeg det er på som en et å til har med av var den de du dere vi meg mitt deg din ditt dine oss vår vårt våre hva hvor hvorfor hvordan når så fra om kan skal vil bare også etter enn nå der aldri ingen noe ingenting helt veldig litt mye godt bra takk hei kom fikk fått får blir ble kaffen pakken bestillingen'
    .split(' '),
);
const EN = new Set(
  "the and is not of it my you your was with this that have has are been what where when why how never still nothing just very but they we our from would will can't don't doesn't didn't i'm it's thanks thank please got get an in on".split(' '),
);

const hasNorwegianLetter = (word: string) => /[æøå]/u.test(word);

export interface LocaleGuess {
  locale: Locale;
  /** How far the guess leads: Norwegian points minus English ones, or the reverse. */
  lead: number;
}

export function guessLocale(words: readonly WordToken[], text: string, fallback: Locale): LocaleGuess {
  let nb = 0;
  let en = 0;
  let letters = false;
  words.forEach((word, i) => {
    if (NB.has(word.lower)) nb++;
    else if (EN.has(word.lower)) en++;
    else if (!letters && hasNorwegianLetter(word.lower)) {
      // A capitalised word inside a sentence is a name (Tromsø, Ålesund, Bjørn).
      const first = text.charAt(word.start);
      const sentenceStart = i === 0 || /[.!?\n]/u.test(text.slice(words[i - 1]!.end, word.start));
      if (first === first.toLowerCase() || sentenceStart) {
        nb++;
        letters = true;
      }
    }
  });
  if (nb > en) return { locale: 'nb', lead: nb - en };
  if (en > nb) return { locale: 'en', lead: en - nb };
  return { locale: fallback, lead: 0 };
}

/**
 * The language a comment is written in when its words tell, for the `lang` of the quote the chip
 * shows (a screen reader reads it in that language's voice); undefined when nothing tells.
 */
export function commentLocale(text: string): Locale | undefined {
  const guess = guessLocale(wordTokens(text), text, 'en');
  return guess.lead > 0 ? guess.locale : undefined;
}

/**
 * The language whose sentiment lexicon alone knows more of the words ("nydelig" is only
 * Norwegian's, "pathetic" only English's), or `fallback` on a tie. Only asked when no function
 * word or letter tells: a word both lexicons know ("super", a loanword) says nothing.
 */
function betterKnown(words: readonly WordToken[], fallback: Locale): Locale {
  let lead = 0;
  for (const { lower } of words) lead += (nbKnows(lower) ? 1 : 0) - (isEnglishEntry(lower) ? 1 : 0);
  return lead > 0 ? 'nb' : lead < 0 ? 'en' : fallback;
}

/**
 * The readings of a comment being answered: its own language when any function word or letter
 * tells, else both, first the language whose lexicon knows more of its words (the plan's on a
 * tie). The second reading leaves emoji out: the other language's lexicon does not know the
 * comment's words, and would hear only 😭 or 🙄 ("Nydelig 😭" is praise in either plan).
 */
export function answeredReadings(text: string, fallback: Locale): { locale: Locale; text: string }[] {
  const words = wordTokens(text);
  const guess = guessLocale(words, text, fallback);
  if (guess.lead > 0) return [{ locale: guess.locale, text }];
  const first = betterKnown(words, guess.locale);
  return [
    { locale: first, text },
    { locale: first === 'nb' ? 'en' : 'nb', text: withoutEmoji(text) },
  ];
}

/** Emoji (pictographs, skin tones, joiners, presentation selectors) as spaces. */
function withoutEmoji(text: string): string {
  // Alternatives, not one class: a class holding the joiner and the selector reads as a joined sequence.
  return text.replace(/\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f/gu, ' ');
}
