import fc from 'fast-check';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { findEmails, findEmoji, findHashtags, findLinks, findSentences, findWords, MAX_LINK_RUN, Segments } from './segments';

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

describe('links, run by run', () => {
  const whole = (text: string) => twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: true }).map(({ url, indices: [start, end] }) => ({ start, end, url }));
  const piece = fc.constantFrom(
    'nordlyscoffee.no', 'https://nordlyscoffee.no/winter?utm_source=x#smak', 'www.example.com/a_b', 'http://a.b', 'x.co/abc', 't.co/xyz', 'Read', 'more', 'at', 'kari@nordlys.no',
    '@kari', '#NordlysCoffee', '$NOK', 'e.g.', 'v1.2', '2.5', '😀', '🙄.', '(', ')', '.', ',', '!', '?', '"', 'æøå.no', 'münchen.de', '例え.jp', 'a.b.c.d', '...', 'ab.cd', 'ftp://x.y', 'example.भारत', 'x.कॉम',
  );
  const sep = fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u3000', '', '', '');
  it('finds exactly what twitter-text finds in the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, sep), { maxLength: 30 }), (parts) => {
        const text = parts.map(([p, s]) => p + s).join('');
        expect(findLinks(text)).toEqual(whole(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('costs time in proportion to the text, also on runs twitter-text backtracks over', () => {
    // Compared as a ratio, 10k against 100k characters, so it holds on a busy machine (linear ~10×;
    // twitter-text on the whole text took 1.8 s for 16,000 characters of "🙄.").
    const best = (text: string) => {
      let time = Infinity;
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        findLinks(text);
        time = Math.min(time, performance.now() - t);
      }
      return Math.max(time, 1);
    };
    for (const unit of ['🙄.', '😀.xx', `${'😀.xx'.repeat(200)} `, 'ab.cd']) {
      const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
      expect(best(make(100_000)) / best(make(10_000)), unit.slice(0, 10)).toBeLessThan(40);
    }
  });

  it('does not read a run of more than MAX_LINK_RUN characters without a space as a link', () => {
    const long = `https://nordlyscoffee.no/${'a'.repeat(MAX_LINK_RUN)}`;
    expect(findLinks(`See ${long} now`)).toEqual([]);
    expect(findLinks(`See ${long.slice(0, MAX_LINK_RUN)} now`)).toHaveLength(1);
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

  it('split sentences in time proportional to the text, also on long runs of end marks (rev23)', () => {
    const best = (text: string) => {
      let time = Infinity;
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        findSentences(text);
        time = Math.min(time, performance.now() - t);
      }
      return Math.max(time, 1);
    };
    // A run without a space after it used to be tried from every mark to its end: 63,000 dots, 6.5 s.
    for (const unit of ['.', '!?', '…', 'a.']) {
      const make = (n: number) => `Hi${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}a`;
      expect(best(make(100_000)) / best(make(10_000)), unit).toBeLessThan(40);
    }
    const run = 'Wait... what?!? Yes.';
    expect(texts(findSentences(run), run)).toEqual(['Wait...', 'what?!?', 'Yes.']);
    // After an abbreviation's own dot, more marks still end the sentence (review 24).
    const after = 'Tea, cake etc... And more. Ring dr.. Hansen';
    expect(texts(findSentences(after), after)).toEqual(['Tea, cake etc...', 'And more.', 'Ring dr..', 'Hansen']);
    const long = `etc${'.'.repeat(100_000)}a`;
    expect(best(long) / best(long.slice(0, 10_003))).toBeLessThan(40);
  });
});
