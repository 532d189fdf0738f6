import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Segments } from './segments';
import { TermMatcher } from './terms';

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

  it('finds the same through the word index as by walking every word', () => {
    const word = fc.constantFrom('food', 'poisoning', 'poison', 'best', 'coffee', 'in', 'the', 'world', "coffee's", 'tilbakekalling', 'a', 'b');
    const gap = fc.constantFrom(' ', '-', '. ', ', ', '  ');
    const terms = ['food poison*', 'best coffee', 'best coffee in the world', 'tilbakekall*', 'a b', 'b', 'coffee', '💩'];
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

  it('accepts a possessive only when asked', () => {
    expect(find(['Nordlys Coffee'], "Nordlys Coffee's beans", { possessive: true })).toEqual([['Nordlys Coffee', 0]]);
    expect(find(['Nordlys Coffee'], "Nordlys Coffee's beans")).toEqual([]);
  });
});
