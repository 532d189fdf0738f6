// Which of the two languages a short comment is written in, for reading the comment being
// answered: a Norwegian brand with an English plan still gets Norwegian comments ("Dritdårlig
// kaffe", "Helt jævlig kundeservice"), and English sentiment and hostility lists cannot read them.
// Function words decide (they are frequent, short and rarely shared between the two languages);
// æ, ø and å count for Norwegian. With no clear majority the plan's language stands.
import type { Locale } from '../plan/types';
import { wordTokens, type WordToken } from './words';

const NB = new Set(
  'og ikke ikkje jeg det er på som en et å til har med av var den de du dere vi meg min mitt mine deg din ditt dine oss vår vårt våre hva hvor hvorfor hvordan når så men fra om kan skal vil bare også etter enn nå her der aldri ingen noe ingenting helt veldig litt mye godt bra takk hei kom fikk fått får blir ble kaffen pakken bestillingen'.split(' '),
);
const EN = new Set(
  "the and is not to of it my you your was with this that have has are be been what where when why how no never still nothing just very but they we our me from would will can't don't doesn't didn't i'm it's thanks thank please got get an at in on".split(' '),
);

export function guessLocale(words: readonly WordToken[], text: string, fallback: Locale): Locale {
  let nb = 0;
  let en = 0;
  for (const word of words) {
    if (NB.has(word.lower)) nb++;
    else if (EN.has(word.lower)) en++;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // æ ø å Æ Ø Å
    if (c === 0xe6 || c === 0xf8 || c === 0xe5 || c === 0xc6 || c === 0xd8 || c === 0xc5) {
      nb += 2;
      break;
    }
  }
  if (nb > en) return 'nb';
  if (en > nb) return 'en';
  return fallback;
}

/** The language of a comment being answered, read from its own words. */
export function answeredLocale(text: string, fallback: Locale): Locale {
  return guessLocale(wordTokens(text), text, fallback);
}
