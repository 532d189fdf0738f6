import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skipRanges, wordTokens } from './words';

// The regular expression skipRanges replaces (it backtracked quadratically on long runs without
// spaces). On short strings it is the reference the scanner must agree with.
const LEGACY_SKIP = /(?:https?:\/\/|www\.)\S+|(?<!\S)[^\s@]+@[^\s@]+\.\S+|[@#$][\p{L}\p{N}_]+/giu;
const legacy = (text: string) => [...text.matchAll(LEGACY_SKIP)].map((m): [number, number] => [m.index, m.index + m[0].length]);

describe('skipRanges', () => {
  it.each<[string, string[]]>([
    ['see https://example.com/a?b=1 now', ['https://example.com/a?b=1']],
    ['WWW.Example.no and http://x', ['WWW.Example.no', 'http://x']],
    ['mail ola@nordly.no or kari@x.y.z!', ['ola@nordly.no', 'kari@x.y.z!']],
    ['not an address: a@b and a@.b', ['@b']],
    ['hi @nordly_friends and #NordlysKaffe #smørbrød $NOK', ['@nordly_friends', '#NordlysKaffe', '#smørbrød', '$NOK']],
    ['foo#bar x@y', ['#bar', '@y']],
    ['#tag@host.no', ['#tag@host.no']],
    ['http:// www.', []],
  ])('%j', (text, expected) => {
    expect(skipRanges(text).map(([s, e]) => text.slice(s, e))).toEqual(expected);
  });

  it('agrees with the regular expression it replaces', () => {
    const piece = fc.constantFrom('a', 'Ø', 'x.y', '.', '@', '#', '$', '_', ' ', '\n', 'http://', 'https://', 'www.', 'HTTP://', '😀', '\ud800', '\udc00', '𝐀', '1', '!', '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((parts) => parts.join('')), (text) => {
        expect(skipRanges(text)).toEqual(legacy(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wordTokens', () => {
  it.each<[string, string[]]>([
    ["Don't stop, f*ck it!", ["don't", 'stop', 'f*ck', 'it']],
    ['Mail ola@nordly.no or visit www.nordly.no/shop #kaffe', ['mail', 'or', 'visit']],
    ['smørbrød’s 3 kaffe', ["smørbrød's", '3', 'kaffe']],
  ])('%j', (text, expected) => {
    expect(wordTokens(text).map((w) => w.lower)).toEqual(expected);
  });

  it('marks clause breaks after a word', () => {
    expect(wordTokens('one, two three. four').map((w) => w.breakAfter)).toEqual([true, false, true, false]);
  });
});
