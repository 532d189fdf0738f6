import { describe, expect, it } from 'vitest';
import type { Locale } from '../plan/types';
import { analyzeTone } from './index';

describe('complaint', () => {
  it.each<[string, Locale, boolean]>([
    ['Still waiting for my refund, three weeks now', 'en', true],
    ['My order never arrived', 'en', true],
    ['Worst coffee I have ever had', 'en', true],
    ['The grinder broke after two days and nobody answers. Terrible.', 'en', true],
    ['Thanks for the quick refund, you are great!', 'en', false],
    ['Love the new blend!', 'en', false],
    ['What time do you open on Sunday?', 'en', false],
    ['Delivery took way too long this time', 'en', true],
    ['The latte is overpriced and the queue too slow', 'en', true],
    ['Too good to be true, love it!', 'en', false],
    ['Jeg har ikke fått pakken min', 'nb', true],
    ['Jeg vil sende en reklamasjon på kvernen', 'nb', true],
    ['Venter fortsatt på svar', 'nb', true],
    ['Elendig service, aldri igjen', 'nb', true],
    ['Når åpner dere på søndag?', 'nb', false],
    ['Tusen takk, kaffen var nydelig!', 'nb', false],
    ['Kaffen er altfor dyr nå', 'nb', true],
    ['Leveringen tok for lang tid', 'nb', true],
    ['Altfor godt, takk for sist!', 'nb', false],
    ['Ordered two bags on Monday and still no tracking number', 'en', true],
    ['No update on my order since Friday', 'en', true],
    ['Har fortsatt ikke fått pakken min, dette er elendig', 'en', true],
    ['Fortsatt ingen sporing på pakken', 'nb', true],
    ['Still the best coffee in town!', 'en', false],
    ['Tusen takk, kaffen var nydelig!', 'en', false],
  ])('%j (%s) → %s', (text, locale, expected) => {
    expect(analyzeTone(text, locale).complaint).toBe(expected);
  });
});
