import { describe, expect, it } from 'vitest';
import { laughterSpans } from './laughter';

const marked = (text: string) => laughterSpans(text).map(({ start, end }) => text.slice(start, end));

describe('laughterSpans', () => {
  it.each<[string, string[]]>([
    ['check your spam folder lol', ['lol']],
    ['LOL you waited a week', ['LOL']],
    ['Haha, sorry about that', ['Haha']],
    ['hahahaha ok', ['hahahaha']],
    ['hehe we know', ['hehe']],
    ['lmao what', ['lmao']],
    ['LMFAO', ['LMFAO']],
    ['rofl', ['rofl']],
    ['lolol no', ['lolol']],
    ['xD classic', ['xD']],
    ['Sorry 😂', ['😂']],
    ['Sorry 😂😂 🤣', ['😂😂 🤣']],
    ['lol 😂', ['lol 😂']],
    ['Sure 🙄', ['🙄']],
    ['We already answered this 😒', ['😒']],
    ['Pakken kommer når den kommer hehe', ['hehe']],
    ['hæhæ, den var god', ['hæhæ']],
    ['haha og lol', ['haha', 'lol']],
    ['lol, lol', ['lol, lol']],
    ['haha. lol ok', ['haha. lol']],
    ['haha\nlol', ['haha', 'lol']],
  ])('marks the laughter in %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    'Hello, we are looking into it',
    'Hei! Vi ser på saken.',
    'ha ha',
    'Thanks for the kind words 😊',
    'Our lollipop flavour is back',
    'The XD-200 grinder',
    'see https://example.com/lol and @lol and #lol',
    'Hah.',
    '',
  ])('leaves %j alone', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('is linear on long runs', () => {
    const text = 'haha 😂'.repeat(20_000);
    expect(laughterSpans(text)).toHaveLength(1);
  });
});
