import { describe, expect, it } from 'vitest';
import { isCurtReply } from './curt';

describe('isCurtReply', () => {
  it.each([
    'ok', 'Ok.', 'OK!', 'k', 'noted', 'Got it', 'ok then', 'fine', 'Greit.', 'Den er grei', 'ok da', 'Notert', '👍', '👍🏽', ' 👍 ', '👌', '👍👍', '@kari_nordmann ok', '@kari.n ok 👍', 'ok 👍', 'Whatever.', 'ok whatever', 'Samma det.', 'Ok då', 'greit nok', 'Okei.',
  ])('%j is a bare acknowledgement', (text) => expect(isCurtReply(text)).toBe(true));

  it.each([
    '', '  ', 'ok, we will look', 'Sure, DM us', 'thanks', 'Thank you!', 'right', 'it', 'ok ok ok ok', '😂', 'ok 😂', 'Yes we can help', 'Sure thing', 'Vi ser på det', '@kari_nordmann',
    // An answer to a complaint that asks ("Can I get a refund?").
    'Yes', 'Ja', 'Sure', 'Yes!', 'Det.', 'Samma',
    // Short real answers with "det" (review 24).
    'Er det greit?', 'Det er fint!', 'Det er forstått.', 'Det er ok.',
  ])('%j is not', (text) => expect(isCurtReply(text)).toBe(false));
});
