import fc from 'fast-check';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { findEmails, findEmoji, findHashtags, findSentences, findWords, Segments } from './segments';

const texts = (spans: { start: number; end: number }[], text: string) => spans.map((s) => text.slice(s.start, s.end));

describe('hashtags', () => {
  it.each([
    ['#NordlysKaffe #kaffeglede #smørbrød', ['#NordlysKaffe', '#kaffeglede', '#smørbrød']],
    ['(#NordlysCoffee)! #ñandú.', ['#NordlysCoffee', '#ñandú']],
    ['#2027 #AI a#b &#38; #abc#def', ['#AI']],
    ['full-width ＃タグ', ['＃タグ']],
    ['😀#emoji', ['#emoji']],
  ])('%s', (text, expected) => expect(texts(findHashtags(text), text)).toEqual(expected));

  it('agrees with twitter-text on random text', () => {
    const alphabet = fc.constantFrom('#', 'a', 'ø', '1', '_', ' ', '&', '.', '😀', 'Z', '-', 'é', '\u200D', '＃');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const ours = findHashtags(text).map((h) => [h.start, h.end]);
        const theirs = twitter.extractHashtagsWithIndices(text).map((h) => h.indices);
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 3000 },
    );
  });

  it('are not found inside links', () => {
    const s = new Segments('nordlyscoffee.no/#top #real', 'instagram');
    expect(texts(s.hashtags, s.text)).toEqual(['#real']);
  });
});

describe('mentions', () => {
  it('on X follow twitter-text', () => {
    const s = new Segments('@nordlys_coffee @a.b mail@x.no', 'x');
    expect(s.mentions.map((m) => m.handle)).toEqual(['nordlys_coffee', 'a']);
  });
  it('on Instagram allow inner dots', () => {
    const s = new Segments('@nordlys.coffee @a. hei@nordlyscoffee.no @_x_', 'instagram');
    expect(s.mentions.map((m) => m.handle)).toEqual(['nordlys.coffee', 'a', '_x_']);
  });
});

describe('links and e-mail addresses', () => {
  it('find URLs with and without scheme, without sentence punctuation', () => {
    const s = new Segments('See https://nordlyscoffee.no/a?b=1#c, nordlyscoffee.no/shop. Mail hei@nordlyscoffee.no (or www.x.com)!', 'facebook');
    expect(s.links.map((l) => l.url)).toEqual(['https://nordlyscoffee.no/a?b=1#c', 'nordlyscoffee.no/shop', 'www.x.com']);
    expect(texts(s.emails, s.text)).toEqual(['hei@nordlyscoffee.no']);
  });

  it('keep an address inside a link as part of the link', () => {
    const s = new Segments('Write via nordlyscoffee.no/contact?to=hei@nordlyscoffee.no today', 'x');
    expect(s.links.map((l) => l.url)).toEqual(['nordlyscoffee.no/contact?to=hei@nordlyscoffee.no']);
    expect(s.emails).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['Mail hei@nordlyscoffee.no.', ['hei@nordlyscoffee.no']],
    ['ola.nordmann+kaffe@post.nordlys.no, kari@x.no', ['ola.nordmann+kaffe@post.nordlys.no', 'kari@x.no']],
    ['blåbær@smørbrød.no', ['blåbær@smørbrød.no']],
    ['😀a@b.no', ['a@b.no']],
    ['@handle and a@b and @@x.no', []],
  ])('%s', (text, expected) => expect(texts(findEmails(text), text)).toEqual(expected));
});

describe('emoji', () => {
  it.each([
    ['👍🏽', 1], ['👨‍👩‍👧', 1], ['🇳🇴🇸🇪', 2], ['1️⃣#️⃣', 2], ['🏴󠁧󠁢󠁳󠁣󠁴󠁿', 1], ['❤️ ❤ ☕', 3], ['© ® ™ ‼', 0], ['©️', 1], ['🧑🏾‍💻', 1], ['abc 123 #', 0],
  ])('%s counts %i', (text, n) => expect(findEmoji(text)).toHaveLength(n));

  it('are whole graphemes (checked against Intl.Segmenter)', () => {
    const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const pieces = fc.constantFrom('👍', '🏽', '\u200D', '\u0301', '👩', '👧', '🇳', '🇴', '1', '\uFE0F', '\u20E3', '☕', 'a', ' ', '🏴', '\u{E0067}', '\u{E007F}');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }).map((a) => a.join('')), (text) => {
        const bounds = new Set([0, ...[...graphemes.segment(text)].map((g) => g.index + g.segment.length)]);
        for (const e of findEmoji(text)) {
          expect(bounds.has(e.start)).toBe(true);
          expect(bounds.has(e.end)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('words and sentences', () => {
  it('split words on Unicode boundaries and keep apostrophes inside', () => {
    expect(findWords("We're Nordlys-kaffe, smørbrød & café 24/7").map((w) => w.key)).toEqual(["we're", 'nordlys', 'kaffe', 'smørbrød', 'café', '24', '7']);
  });

  it('leave out links, e-mail addresses, mentions and hashtags for term rules', () => {
    const s = new Segments('cheap nordlyscoffee.no/cheap cheap@x.no @cheap #cheap cheap', 'x');
    expect(texts(s.words, s.text)).toEqual(['cheap', 'cheap']);
  });

  it('split sentences at end punctuation and blank lines, not after abbreviations', () => {
    const text = 'Hello there. How are you?! Fine…\n\nNew part e.g. this one. Done';
    expect(texts(findSentences(text), text)).toEqual(['Hello there.', 'How are you?!', 'Fine…', 'New part e.g. this one.', 'Done']);
  });
});
