import { describe, expect, it } from 'vitest';
import { decimalMarkOf, parseDay, parseInstant, parseNumber, readAsCommaDecimal } from './values';

describe('parseNumber', () => {
  it.each([
    ['1234', 1234],
    ['"1,234"'.replace(/"/g, ''), 1234],
    ['1,234,567.5', 1234567.5],
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['62.5%', 0.625],
    [' 7 ', 7],
    ['-3', -3],
    ['0.0453', 0.0453],
    ['-', undefined],
    ['', undefined],
    ['—', undefined],
  ])('%j → %j', (raw, value) => {
    expect(parseNumber(raw)).toBe(value);
  });

  // "1e400" reads as Infinity in JavaScript; "1e-400" is a tiny number, and 0 (QA10).
  it.each(['abc', '12..5', '1,234,56', '1.234,56.7', '1,2.3', '1e400', '-1e400', '1e400%', '9'.repeat(400)])('%j is not a number', (raw) => {
    expect(() => parseNumber(raw)).toThrow(`expected a number, got "${raw}"`);
  });

  // Only "d,ddd" and "d.ddd" read both ways; the file's decimal mark decides them.
  it.each<[string, number, number]>([
    ['1,500', 1500, 1.5],
    ['1.500', 1.5, 1500],
    ['-2,250', -2250, -2.25],
    ['12,5%', 0.125, 0.125],
    ['487,50', 487.5, 487.5],
    ['0,125', 0.125, 0.125],
    ['1,23', 1.23, 1.23],
    ['1 487,50', 1487.5, 1487.5],
    ['1.234,5', 1234.5, 1234.5],
    ['1.234.567', 1234567, 1234567],
    ['1,234,567', 1234567, 1234567],
    ['1,234.5', 1234.5, 1234.5],
    ['1500', 1500, 1500],
    ['0.0453', 0.0453, 0.0453],
  ])('%j → %j with a decimal point, %j with a decimal comma', (raw, withPoint, withComma) => {
    expect(parseNumber(raw, '.')).toBeCloseTo(withPoint, 12);
    expect(parseNumber(raw, ',')).toBeCloseTo(withComma, 12);
  });
});

it('a count is whole: an ambiguous "1,500" or "1.500" is fifteen hundred whatever the decimal mark', () => {
  expect(parseNumber('1,500', ',', true)).toBe(1500);
  expect(parseNumber('1.500', ',', true)).toBe(1500);
  expect(parseNumber('1.500', '.', true)).toBe(1500);
  expect(parseNumber('12,5', ',', true)).toBe(12.5);
});

describe('decimalMarkOf', () => {
  it.each<[string, string, string, ',' | '.']>([
    ['a Norwegian Excel file (; and a decimal comma)', 'date;spend\n2027-01-02;487,50\n2027-01-03;1,500\n', ';', ','],
    ['; with no decimals at all: Excel writes ; where the comma is the decimal mark', 'a;b\n1,500;3\n', ';', ','],
    ['; but the numbers show a decimal point', 'a;b\n14.29%;1,500\n', ';', '.'],
    ['an English export (, and quoted thousands)', 'a,b\n"1,500",14.29%\n', ',', '.'],
    ['a comma-separated file whose quoted numbers show a decimal comma', 'a,b\n"487,50","1,500"\n', ',', ','],
    ['a tab file from Norwegian Excel ("Unicode text")', 'a\tb\n0,5\t1,500\n', '\t', ','],
    ['a tab file from English Excel', 'a\tb\n0.5\t1,500\n', '\t', '.'],
    ['grouped with spaces and a decimal comma', 'a\tb\n1 234,5\t1,500\n', '\t', ','],
    ['dates and times are not numbers', 'a\tb\n05.01.2027\t2027.01.05\n', '\t', '.'],
    ['both marks shown: the delimiter decides', 'a;b\n0,5;0.5\n', ';', ','],
  ])('%s', (_name, rows, delimiter, mark) => {
    expect(decimalMarkOf(rows, delimiter)).toBe(mark);
  });
});

describe('dates', () => {
  it.each([
    ['2027-01-10 18:00 +0000', '2027-01-10T18:00:00.000Z'],
    ['2027-01-10 18:00 +0100', '2027-01-10T17:00:00.000Z'],
    ['2027-01-10 00:30 +0200', '2027-01-09T22:30:00.000Z'],
    ['2027-01-10T18:00:00Z', '2027-01-10T18:00:00.000Z'],
    ['2027-01-10T18:00:00-05:00', '2027-01-10T23:00:00.000Z'],
    ['01/15/2027 18:00', '2027-01-15T18:00:00.000Z'],
    ['1/5/2027 9:07', '2027-01-05T09:07:00.000Z'],
    ['01/15/2027 06:00 PM', '2027-01-15T18:00:00.000Z'],
    ['2027-01-10', '2027-01-10T00:00:00.000Z'],
    // Day first with dots, as Excel writes it on a Norwegian computer (QA39).
    ['03.04.2027 07:30', '2027-04-03T07:30:00.000Z'],
    ['3.4.2027 kl. 07.30', '2027-04-03T07:30:00.000Z'],
    ['31.12.2027 23:59:30', '2027-12-31T23:59:30.000Z'],
  ])('instant %j → %s', (raw, iso) => {
    expect(parseInstant(raw)).toBe(iso);
  });

  it.each([
    ['20270115', '2027-01-15'],
    ['2027-01-15', '2027-01-15'],
    ['01/15/2027', '2027-01-15'],
    ['2027-01-15 23:59 +0000', '2027-01-15'],
    ['Fri, Jan 15, 2027', '2027-01-15'],
    ['January 5, 2027', '2027-01-05'],
    ['15.01.2027', '2027-01-15'],
  ])('day %j → %s', (raw, day) => {
    expect(parseDay(raw)).toBe(day);
  });

  it.each(['2027-02-30', '13/01/2027', 'yesterday', '2027-1-5', '20271301', 'Fri, Foo 15, 2027', 'Feb 30, 2027', '01.13.2027', '30.02.2027'])('%j is not a date', (raw) => {
    expect(() => parseDay(raw)).toThrow(/expected a date/);
  });
});

describe('readAsCommaDecimal (QA29, rev32)', () => {
  it.each([
    ['1,500', ',', false, true],
    ['1,500 %', ',', false, true],
    ['1,500', ',', true, false],
    ['1,500', '.', false, false],
    ['12,50', ',', false, false],
  ] as const)('%j with mark %s (count %s) → %s', (raw, mark, count, expected) => {
    expect(readAsCommaDecimal(raw, mark, count)).toBe(expected);
  });
});
