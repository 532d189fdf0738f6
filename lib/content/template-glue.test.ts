import { describe, expect, it } from 'vitest';
import { selectionInsertion, templateInsertion } from './template-glue';

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

describe('selectionInsertion', () => {
  const T = "We're sorry. We'll make it right.";
  it.each<[string, string, number, number, { start: number; end: number; text: string; caret: number }]>([
    ['the selection alone', 'Hi Kari, ugh whatever', 9, 21, { start: 9, end: 21, text: T, caret: 21 }],
    ['a mark right after it: one mark, not two, and the caret after it (QA32 L5)', 'Hi Kari, ugh whatever. Thanks', 9, 21, { start: 9, end: 21, text: T.slice(0, -1), caret: 22 }],
    ['the prefilled @mention stays (Ctrl+A)', '@kari_nordmann ugh whatever', 0, 27, { start: 15, end: 27, text: T, caret: 27 }],
    ['a selection of the mention alone is the mention', '@kari_nordmann hi', 0, 14, { start: 0, end: 14, text: T, caret: 14 }],
    ['every leading @mention stays', '@kari @ola ugh', 0, 14, { start: 11, end: 14, text: T, caret: 14 }],
    ['a question mark after it is not the template\'s (rev27)', 'Hi Kari, ugh whatever? Thanks', 9, 21, { start: 9, end: 21, text: T, caret: 21 }],
  ])('%s', (_name, draft, start, end, expected) => {
    expect(selectionInsertion(draft, start, end, T)).toEqual(expected);
  });
});

