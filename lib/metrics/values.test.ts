import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../text/decode';
import { parseDay, parseInstant, parseNumber } from './values';
import { utf16le } from '../../tests/fixtures/metrics/load';

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

  it.each(['abc', '1,23', '12..5', '1,234,56'])('%j is not a number', (raw) => {
    expect(() => parseNumber(raw)).toThrow(`expected a number, got "${raw}"`);
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
  ])('day %j → %s', (raw, day) => {
    expect(parseDay(raw)).toBe(day);
  });

  it.each(['2027-02-30', '13/01/2027', 'yesterday', '2027-1-5', '20271301', 'Fri, Foo 15, 2027', 'Feb 30, 2027'])('%j is not a date', (raw) => {
    expect(() => parseDay(raw)).toThrow(/expected a date/);
  });
});

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xb8]), 'aø'],
    ['UTF-8 without BOM', new TextEncoder().encode('Tromsø'), 'Tromsø'],
    ['UTF-16LE with BOM', utf16le('sep=,\nå'), 'sep=,\nå'],
    ['UTF-16LE without BOM', utf16le('ab,c').subarray(2), 'ab,c'],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0xe5]), 'aå'],
    ['Windows-1252', new Uint8Array([0x54, 0x72, 0x6f, 0x6d, 0x73, 0xf8]), 'Tromsø'],
  ])('%s', (_name, bytes, text) => {
    expect(decodeBytes(bytes)).toBe(text);
  });
});
