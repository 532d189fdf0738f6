import { describe, expect, it } from 'vitest';
import { formatList, formatNumber, quote } from './messages';

describe('message pieces', () => {
  it.each([
    ['en', 2200, undefined, '2,200'],
    ['nb', 2200, undefined, '2\u00A0200'],
    ['nb', 63206, undefined, '63\u00A0206'],
    ['en', -0.6, 2, '-0.60'],
    ['nb', -0.6, 2, '−0,60'],
    ['en', -0.05, undefined, '-0.05'],
    ['nb', 9.44, 1, '9,4'],
    ['en', 44.6, 0, '45'],
    ['nb', 8, undefined, '8'],
  ] as const)('formats %s %d (%s decimals) as %j', (locale, value, digits, expected) => {
    expect(formatNumber(locale, value, digits)).toBe(expected);
  });

  it.each([
    ['en', 'cheap', '"cheap"'],
    ['nb', 'billig', '«billig»'],
  ] as const)('quotes in %s', (locale, text, expected) => {
    expect(quote(locale, text)).toBe(expected);
  });

  it.each([
    ['en', ['a'], 'disjunction', 'a'],
    ['nb', ['«Kjøp nå»', '«Les mer»'], 'disjunction', '«Kjøp nå» eller «Les mer»'],
    ['nb', ['a', 'b', 'c'], 'conjunction', 'a, b og c'],
    ['en', ['a', 'b', 'c'], 'disjunction', 'a, b, or c'],
  ] as const)('lists in %s: %j (%s)', (locale, items, type, expected) => {
    expect(formatList(locale, items, type)).toBe(expected);
  });
});
