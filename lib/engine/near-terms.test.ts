import { describe, expect, it } from 'vitest';
import { editsWithin, NearTermMatcher } from './near-terms';
import { Segments } from './segments';

describe('editsWithin', () => {
  it.each([
    ['coffee', 'coffee', 2, 0],
    ['cofee', 'coffee', 2, 1],
    ['coffe', 'coffee', 2, 1],
    ['cofffee', 'coffee', 2, 1],
    ['ocffee', 'coffee', 2, 1],
    ['cfofee', 'coffee', 2, 1],
    ['toffee', 'coffee', 2, 1],
    ['cffe', 'coffee', 2, 2],
    ['cfe', 'coffee', 2, 3],
    ['tea', 'coffee', 2, 3],
    ['', 'ab', 2, 2],
    ['smørbrød', 'smorbrod', 2, 2],
  ])('%s → %s (max %i) = %i', (a, b, max, expected) => {
    expect(editsWithin(a, b, max)).toBe(expected);
    expect(editsWithin(b, a, max)).toBe(expected);
  });
});

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
  it('handles Norwegian letters', () => {
    expect(find(['Nordlys Smørbrød'], 'Nordlys Smørbød')).toEqual(['Nordlys Smørbød']);
  });
});
