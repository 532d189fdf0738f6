import { describe, expect, it } from 'vitest';
import type { Locale } from '../plan/types';
import { answeredReadings, commentLocale, guessLocale } from './language-guess';
import { wordTokens } from './words';

describe('guessLocale', () => {
  it.each<[string, Locale, Locale]>([
    ['Dritdårlig kaffe', 'en', 'nb'],
    ['Fy faen så dårlig service', 'en', 'nb'],
    ['Helt jævlig kundeservice', 'en', 'nb'],
    ['Leveringen var ikke forsinket, takk!', 'en', 'nb'],
    ['Har fortsatt ikke fått pakken min', 'en', 'nb'],
    ['My order never arrived and nobody answers', 'nb', 'en'],
    ['Worst coffee I have ever had', 'nb', 'en'],
    ['Still waiting for my refund', 'nb', 'en'],
    // Nothing to tell by: the plan's language.
    ['👍', 'nb', 'nb'],
    ['Kaffe', 'en', 'en'],
    ['', 'nb', 'nb'],
    // A Norwegian place name in an English comment is a name.
    ['Rude staff in Tromsø', 'nb', 'en'],
    ['Staff at the Ålesund store were rude', 'nb', 'en'],
    ['Awful service, Tromsø branch', 'nb', 'nb'],
  ])('%j (plan %s) → %s', (text, plan, expected) => expect(guessLocale(wordTokens(text), text, plan).locale).toBe(expected));

  it('reads a comment both ways only when nothing tells its language, the second time without emoji', () => {
    const locales = (text: string, plan: Locale) => answeredReadings(text, plan).map((r) => r.locale);
    expect(locales('Har fortsatt ikke fått pakken min', 'en')).toEqual(['nb']);
    expect(locales('Hell og lykke!', 'en')).toEqual(['nb']);
    expect(locales('Disgusting coffee at Tromsø airport', 'en')).toEqual(['en', 'nb']);
    expect(locales('Pathetic', 'nb')).toEqual(['en', 'nb']);
    expect(locales('Pathetic', 'en')).toEqual(['en', 'nb']);
    expect(answeredReadings('Nydelig 😭👍🏽', 'nb')[1]).toEqual({ locale: 'en', text: 'Nydelig    ' });
    // The language whose lexicon knows the words reads first, with the emoji; on a tie, the plan's.
    expect(answeredReadings('Nydelig 😭', 'en')).toEqual([{ locale: 'nb', text: 'Nydelig 😭' }, { locale: 'en', text: 'Nydelig  ' }]);
    expect(locales('Kaffe 😭', 'en')).toEqual(['en', 'nb']);
    // Words the Norwegian lexicon weighs lightly and English uses too do not count (rev12).
    expect(locales('Store 🙄', 'en')).toEqual(['en', 'nb']);
    expect(locales('Latte 👎', 'en')).toEqual(['en', 'nb']);
    // Core words stored only as stems still count (rev13).
    expect(locales('Deilig 😭', 'en')).toEqual(['nb', 'en']);
    expect(locales('Elendig 😂', 'en')).toEqual(['nb', 'en']);
    expect(locales('Kaffe 😭', 'nb')).toEqual(['nb', 'en']);
  });
});

describe('commentLocale: the language of the quote the chip shows', () => {
  it.each([
    ['Kaffen kom aldri, og ingen svarer meg', 'nb'],
    ['My order never arrived and nobody answers', 'en'],
    ['Rude staff in Tromsø', 'en'],
    ['Nydelig 😭', undefined],
    ['🙄', undefined],
    ['', undefined],
  ] as const)('%j → %s', (text, locale) => {
    expect(commentLocale(text)).toBe(locale);
  });
});
