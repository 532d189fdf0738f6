import { describe, expect, it } from 'vitest';
import { NearTermMatcher } from './near-terms';
import { Segments } from './segments';

describe('NearTermMatcher', () => {
  const find = (terms: string[], text: string) => {
    const s = new Segments(text, 'facebook');
    return new NearTermMatcher(terms).find(s.words, text, s.wordIndex, []).map((m) => text.slice(m.start, m.end));
  };
  it('finds each typo once, in text order', () => {
    expect(find(['Nordlys Coffee', 'Polar Roast'], 'Polar Rost and Nordlys Cofee, then polar roast')).toEqual(['Polar Rost', 'Nordlys Cofee']);
  });
  it('never reports the name itself, in any casing', () => {
    expect(find(['Nordlys Coffee'], 'NORDLYS COFFEE nordlys coffee')).toEqual([]);
  });
  it('leaves names with only short words alone (no loose matching under 4 letters)', () => {
    expect(find(['Go Pro'], 'Go Pto')).toEqual([]);
  });
  it('does not read one name as a typo of another', () => {
    expect(find(['Polar Roast', 'Polar Toast'], 'Polar Toast')).toEqual([]);
  });
  it.each([
    ['symbols between the words, as written', ['Ben & Jerry’s'], "Ben & Jery's, Ben and Jery's, Ben Jery's", ["Ben & Jery's"]],
    ['symbols at the ends, as written', ['(Nordlys) Coffee+'], '(Nordlys) Cofee+ and Nordlys Cofee', ['(Nordlys) Cofee+']],
    ['a name that only differs by its symbols is no typo of it', ['Polar Roast!'], 'Polar Roast, Polar Roats', []],
  ])('%s', (_name, terms, text, expected) => expect(find(terms, text)).toEqual(expected));
  it('handles Norwegian letters', () => {
    expect(find(['Nordlys Smørbrød'], 'Nordlys Smørbød')).toEqual(['Nordlys Smørbød']);
  });
});
