import { describe, expect, it } from 'vitest';
import { readTypedNumber } from './typed-number';

describe('readTypedNumber', () => {
  it.each<[string, 'en' | 'nb', number | undefined]>([
    ['', 'en', undefined],
    ['  ', 'nb', undefined],
    ['450.75', 'en', 450.75],
    ['450,75', 'nb', 450.75],
    // The other mark with one, two or four digits after it is decimals too (QA18: was 45 075).
    ['450,75', 'en', 450.75],
    ['4,5', 'en', 4.5],
    ['450.75', 'nb', 450.75],
    ['0,045', 'en', 0.045],
    ['0.045', 'nb', 0.045],
    // The page's own mark is always decimals.
    ['1.500', 'en', 1.5],
    ['1,500', 'nb', 1.5],
    ['1 500', 'nb', 1500],
    ['12\u00a0000,5', 'nb', 12000.5],
    ['1\u202f234\u202f567', 'nb', 1234567],
    ['-0.1', 'en', -0.1],
    ['−0,1', 'nb', -0.1],
    ['0.', 'en', 0],
    ['.5', 'en', 0.5],
    ['1500', 'nb', 1500],
    // Groups with the other mark as decimals, or several groups, read one way only (QA29).
    ['1,234.5', 'en', 1234.5],
    ['1,234.50', 'nb', 1234.5],
    ['1.234,5', 'nb', 1234.5],
    ['1,234,567', 'en', 1234567],
    ['1.234.567', 'nb', 1234567],
  ])('%j (%s) → %s', (text, locale, expected) => {
    expect(readTypedNumber(text, locale)).toBe(expected);
  });

  it.each<[string, 'en' | 'nb']>([
    // Thousands as often as decimals: asked, not guessed.
    ['1,500', 'en'],
    ['1.500', 'nb'],
    ['12,000', 'en'],
    ['1,23,4', 'en'],
    ['1.234.5', 'nb'],
    // Nobody types an exponent: "1e4" followers is a typo (QA29).
    ['1e3', 'en'],
    ['1 50', 'nb'],
    ['-', 'en'],
    ['1500e', 'en'],
    ['abc', 'en'],
    ['10 %', 'nb'],
  ])('%j (%s) is no number', (text, locale) => {
    expect(readTypedNumber(text, locale)).toBeNaN();
  });
});
