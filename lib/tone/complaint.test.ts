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
    // Sarcasm: warm words around a failure are still a complaint.
    ['Wow, amazing service, three weeks and still nothing', 'en', true],
    ['Love how nobody answers my emails', 'en', true],
    ['Great, my order is late AGAIN. Thanks a lot.', 'en', true],
    ['Thanks for nothing', 'en', true],
    ['Yeah right, best customer service ever, still no reply to my email', 'en', true],
    ['Love the new blend, but still no tracking number on my order', 'en', true],
    ['Flott, enda en forsinkelse. Takk for ingenting.', 'nb', true],
    ['Supert at ingen svarer på e-post', 'nb', true],
    ['Supert, pakken har fortsatt ikke kommet 🙃', 'nb', true],
    ['Amazing!! My order is still not here after 3 weeks 👏👏', 'en', true],
    ['Har ikke fått nok av denne kaffen! 😍', 'nb', false],
    // Fans use the same words: without an order, a parcel, an e-mail or the service, praise stays praise.
    ['Still haven\'t found a better latte anywhere! ❤️', 'en', false],
    ['Still nothing beats your cinnamon buns 😍', 'en', false],
    ['Heard nothing but good things about this place, can\'t wait to visit!', 'en', false],
    ['No reply needed, just wanted to say thank you for a lovely morning!', 'en', false],
    ['Where is my favourite winter blend? Bring it back, I love it!', 'en', false],
    ['Monday doesn\'t work without your coffee ☕❤️', 'en', false],
    ['Up late again with your espresso, love it!', 'en', false],
    ['Arrived late to the party but this is the best coffee ever!', 'en', false],
    ['Yeah, right on! Best coffee in town', 'en', false],
    ['Still waiting for you to open in Bergen! Love your coffee', 'en', false],
    ['Har aldri kommet over så god kaffe! Tusen takk', 'nb', false],
    ['Jeg kom for sent til lanseringen, men kaffen var nydelig!', 'nb', false],
    // A topic cue in a happy comment is not a complaint.
    ['No complaints here, best latte in town!', 'en', false],
    ['Worth waiting for, absolutely love it!', 'en', false],
    ['Fikk refusjonen med en gang, tusen takk, fantastisk service!', 'nb', false],
  ])('%j (%s) → %s', (text, locale, expected) => {
    expect(analyzeTone(text, locale).complaint).toBe(expected);
  });
});
