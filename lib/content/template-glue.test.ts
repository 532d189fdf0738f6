import { describe, expect, it } from 'vitest';
import { templateInsertion } from './template-glue';

const appended = (draft: string, template: string) => {
  const { start, text } = templateInsertion(draft, template);
  return draft.slice(0, start) + text;
};

describe('templateInsertion', () => {
  it.each([
    ['', 'So sorry!', 'So sorry!'],
    ['@kari ', 'So sorry!', '@kari So sorry!'],
    ['Hi Kari\n', 'So sorry!', 'Hi Kari\nSo sorry!'],
    ['Hei Kari, pakken din er på vei og den kommer', 'Så leit å høre!', 'Hei Kari, pakken din er på vei og den kommer. Så leit å høre!'],
    ['Thanks for waiting', 'We will fix it.', 'Thanks for waiting. We will fix it.'],
    ['Thanks for waiting!', 'We will fix it.', 'Thanks for waiting! We will fix it.'],
    ['Thanks for waiting 🙏', 'We will fix it.', 'Thanks for waiting 🙏 We will fix it.'],
    ['@kari', 'So sorry!', '@kari So sorry!'],
    ['Read more #NordlysCoffee', 'So sorry!', 'Read more #NordlysCoffee So sorry!'],
    ['Hi Kari', 'so sorry about that', 'Hi Kari so sorry about that'],
    ['Order 1234', 'Vi ser på det.', 'Order 1234. Vi ser på det.'],
    // Trailing spaces: judged by the word before them, the full stop goes before them.
    ['Vi sjekker det ', 'Så leit å høre!', 'Vi sjekker det. Så leit å høre!'],
    ['Thanks!  ', 'We will fix it.', 'Thanks!  We will fix it.'],
    // An order number is not a hashtag.
    ['Vi sjekker #4411', 'Så leit å høre!', 'Vi sjekker #4411. Så leit å høre!'],
    // A greeting on its own.
    ['Hei Kari', 'Så leit å høre!', 'Hei Kari! Så leit å høre!'],
    ['Hi @kari ', 'So sorry to hear this!', 'Hi @kari! So sorry to hear this!'],
    // Instagram starts a reply with the author's handle.
    ['@kari_nordmann Hi Kari', 'So sorry to hear this!', '@kari_nordmann Hi Kari! So sorry to hear this!'],
    ['@kari_nordmann Thanks for waiting', 'We will fix it.', '@kari_nordmann Thanks for waiting. We will fix it.'],
  ])('%j + %j → %j', (draft, template, expected) => expect(appended(draft, template)).toBe(expected));
});
