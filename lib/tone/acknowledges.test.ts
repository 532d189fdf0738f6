import { describe, expect, it } from 'vitest';
import { acknowledges } from './acknowledges';

describe('acknowledges', () => {
  it.each<[string, 'en' | 'nb', boolean]>([
    ["We're so sorry to hear this. Can you DM us your order number?", 'en', true],
    ['I understand how frustrating that must be.', 'en', true],
    ['We apologise for the delay.', 'en', true],
    ['Please DM us your order number.', 'en', false],
    ['Check your spam folder.', 'en', false],
    ['Beklager ventetiden! Send oss ordrenummeret.', 'nb', true],
    ['Så leit å høre. Vi ordner det.', 'nb', true],
    // The everyday Bokmål "sorry to hear that" (QA39); "kjedelig" about a thing is no empathy.
    ['Det var kjedelig å høre. Vi tar kontakt i innboksen.', 'nb', true],
    ['Så kjedelig å høre!', 'nb', true],
    ['Filmen var kjedelig å se.', 'nb', false],
    ['Så kjedelig du er.', 'nb', false],
    ['Jeg forstår at det er frustrerende.', 'nb', true],
    ['Send oss ordrenummeret ditt.', 'nb', false],
    ['', 'en', false],
    // Non-apologies apologise for nothing, wherever they stand (rev26).
    ['Sorry you feel that way, Kari.', 'en', false],
    ['Sorry you feel that way. Have a nice day!', 'en', false],
    ["Sorry you feel that way, that's our policy.", 'en', false],
    ['Beklager at du føler det sånn, Kari.', 'nb', false],
    // A real apology beside one still is one.
    ["Sorry you feel that way. We're sorry the parcel was late, we'll refund the shipping.", 'en', true],
  ])('%j (%s) → %s', (text, locale, expected) => expect(acknowledges(text, locale)).toBe(expected));
});
