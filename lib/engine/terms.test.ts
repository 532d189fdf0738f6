import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Segments } from './segments';
import { overlapsAny, TermMatcher } from './terms';

function find(terms: string[], text: string, options: { possessive?: boolean } = {}) {
  const s = new Segments(text, 'facebook');
  return new TermMatcher(terms, options).find(s.words, text, s.links).map((m) => [text.slice(m.start, m.end), m.index]);
}

describe('TermMatcher', () => {
  it.each([
    ['case-insensitive whole words', ['cheap'], 'Cheap, CHEAP, cheaper, cheap.', [['Cheap', 0], ['CHEAP', 0], ['cheap', 0]]],
    ['multi-word across spaces and hyphens', ['food poisoning'], 'food  poisoning, food-poisoning, food. Poisoning', [['food  poisoning', 0], ['food-poisoning', 0]]],
    ['wildcard on the last word', ['food poison*'], 'Food poisonings', [['Food poisonings', 0]]],
    ['wildcard alone', ['tilbakekall*'], 'tilbakekalt, tilbakekallingen, Tilbakekall', [['tilbakekallingen', 0], ['Tilbakekall', 0]]],
    ['the longest term wins at one position', ['best coffee', 'best coffee in the world'], 'The best coffee in the world', [['best coffee in the world', 1]]],
    ['matches do not overlap', ['a b', 'b c'], 'a b c', [['a b', 0]]],
    ['Unicode letters', ['smørbrød', 'café'], 'Smørbrød og CAFÉ', [['Smørbrød', 0], ['CAFÉ', 1]]],
    ['curly and straight apostrophes are one', ["don't"], 'Don’t do it', [['Don’t', 0]]],
    ['a symbol-only term as plain text', ['💩', '$$$'], 'No 💩 for $$$!', [['💩', 0], ['$$$', 1]]],
    ['never inside links', ['shop'], 'shop at nordlyscoffee.no/shop', [['shop', 0]]],
  ])('%s', (_name, terms, text, expected) => expect(find(terms, text)).toEqual(expected));

  // Symbols are part of a term, as written (QA10): [terms, text, expected [start, end, term index]].
  it.each([
    ['C++ is not the C of Vitamin C', ['C++'], 'Vitamin C and c++ and C ++', [[14, 17, 0]]],
    ['C++ ends in a symbol: no boundary after it', ['C++'], 'C++17', [[0, 3, 0]]],
    ['50% is not 50', ['50%'], '50 years, 50%, 150%', [[10, 13, 0]]],
    // Norwegian writes "50 %": a space before % or ‰ is optional both ways (rev13).
    ['50% is 50 %, with any space', ['50%', '100 %'], '50 %, 50\u00A0%, 100%, 100 % garantert', [[0, 4, 0], [6, 10, 0], [12, 16, 1], [18, 23, 1]]],
    ['a term opening with % does not take the space before it', ['%off'], 'Get 50 %off', [[7, 11, 0]]],
    ['100% organic is not 100 organic', ['100% organic'], 'Our 100 organic farms. 100%  Organic!', [[23, 36, 0]]],
    ['no. 1 is not no 1 nor no.1', ['no. 1'], 'Page no 1, no.1, No. 1', [[17, 22, 0]]],
    ['AT&T as one name', ['AT&T'], 'Call at&t today, not at & t or at t', [[5, 9, 0]]],
    ['H&M', ['H&M'], 'we love h&m', [[8, 11, 0]]],
    ['symbols around a word', ['(free)'], 'free (free) (free', [[5, 11, 0]]],
    ['symbols around a word, twice in a row', ['(free)'], '(free)(free)', [[0, 6, 0], [6, 12, 0]]],
    ['spaces beside a symbol match any run of spaces', ['Ben & Jerry’s'], "ben  &  jerry's, Ben&Jerry's, Ben Jerry's", [[0, 15, 0]]],
    ['straight and curly quotes are one', ['"free"', "'tis"], '“Free” and ‘tis', [[0, 6, 0], [11, 15, 1]]],
    ['leading symbols', ['#1 roaster'], 'The #1 roaster, the 1 roaster', [[4, 14, 0]]],
    ['a symbol and a wildcard', ['e-mail*', 'q&a*'], 'E-mails, Q&As, q a', [[0, 7, 0], [9, 13, 1]]],
    ['a hyphen alone still joins like a space', ['e-mail'], 'e-mail, e mail, email', [[0, 6, 0], [8, 14, 0]]],
    ['two terms whose symbols would share a character', ['a+', '+b'], 'a+b', [[0, 2, 0]]],
    ['never reaching into a link', ['50%'], 'https://nordlyscoffee.no/?off=50% and 50%', [[38, 41, 0]]],
    ['plain words unchanged', ['cheap', 'food poisoning', 'kafé*'], 'Cheap food-poisoning at Kaféen', [[0, 5, 0], [6, 20, 1], [24, 30, 2]]],
  ])('%s', (_name, terms, text, expected) => {
    const s = new Segments(text, 'facebook');
    const found = new TermMatcher(terms).find(s.words, text, s.links, s.wordIndex).map((m) => [m.start, m.end, m.index]);
    expect(found).toEqual(expected);
  });

  it('with loose ends, symbols at the ends of a term are not required, inner ones are', () => {
    const s = new Segments('Order now. Save 50 now', 'facebook');
    const matcher = new TermMatcher(['Order now!', '(Save 50% now)'], { looseEnds: true });
    expect(matcher.find(s.words, s.text, s.links, s.wordIndex).map((m) => [m.start, m.end, m.index])).toEqual([[0, 9, 0]]);
  });

  it('finds the same through the word index as by walking every word', () => {
    const word = fc.constantFrom('food', 'poisoning', 'poison', 'best', 'coffee', 'in', 'the', 'world', "coffee's", 'tilbakekalling', 'a', 'b');
    const gap = fc.constantFrom(' ', '-', '. ', ', ', '  ', '&', '+', ' & ', '(');
    const terms = ['food poison*', 'best coffee', 'best coffee in the world', 'tilbakekall*', 'a b', 'b', 'coffee', '💩', 'a+', '+b', 'best & coffee', 'food&poison*', '(world'];
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { maxLength: 30 }), fc.boolean(), (parts, possessive) => {
        const text = parts.map(([w, g]) => w + g).join('');
        const s = new Segments(text, 'x');
        const matcher = new TermMatcher(terms, { possessive });
        expect(matcher.find(s.words, text, s.links, s.wordIndex)).toEqual(matcher.find(s.words, text, s.links));
      }),
      { numRuns: 2000 },
    );
  });

  it('of prefix terms that a word starts with, the first in the plan is named', () => {
    const s = new Segments('Kaffen er god', 'x');
    const named = (terms: string[]) => new TermMatcher(terms).find(s.words, s.text, s.links, s.wordIndex).map((m) => m.index);
    expect(named(['kaffe*', 'kaf*'])).toEqual([0]);
    expect(named(['kaf*', 'kaffe*'])).toEqual([0]);
    expect(named(['te*', 'kaf*', 'god*', 'kaffe*'])).toEqual([1, 2]);
  });

  it('finds a word among 10,000 prefix terms', () => {
    const terms = Array.from({ length: 10_000 }, (_, i) => `x${i.toString(36)}*`);
    terms[7_777] = 'kaffe*';
    const s = new Segments('God kaffen, abc og x7', 'x');
    const found = new TermMatcher(terms).find(s.words, s.text, s.links, s.wordIndex).map((m) => [s.text.slice(m.start, m.end), m.index]);
    expect(found).toEqual([['kaffen', 7_777], ['x7', 7]]);
  });

  it('accepts a possessive only when asked', () => {
    expect(find(['Nordlys Coffee'], "Nordlys Coffee's beans", { possessive: true })).toEqual([['Nordlys Coffee', 0]]);
    expect(find(['Nordlys Coffee'], "Nordlys Coffee's beans")).toEqual([]);
  });
});

describe('overlapsAny', () => {
  const spans = [{ start: 2, end: 4 }, { start: 10, end: 12 }, { start: 20, end: 30 }];
  it.each([
    [0, 2, false], [0, 3, true], [3, 5, true], [4, 10, false], [4, 11, true], [12, 20, false], [25, 26, true], [30, 40, false], [0, 100, true],
  ])('[%i, %i) → %s', (start, end, expected) => {
    expect(overlapsAny(spans, start, end)).toBe(expected);
    expect(overlapsAny(spans, start, end)).toBe(spans.some((h) => h.start < end && start < h.end));
  });
  it('with no spans', () => expect(overlapsAny([], 0, 5)).toBe(false));
});
