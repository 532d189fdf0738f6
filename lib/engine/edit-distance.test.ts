import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editsWithin } from './edit-distance';

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

  it('answers max 1 as the full table does (its fast path)', () => {
    // The table's answer, with the max-1 shortcut bypassed by asking for 3 and capping at 2.
    const table = (a: string, b: string) => Math.min(editsWithin(a, b, 3), 2);
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ø', '😀'), maxLength: 7 });
    fc.assert(
      fc.property(letters, letters, (a, b) => {
        expect(editsWithin(a, b, 1)).toBe(table(a, b));
      }),
      { numRuns: 20000 },
    );
  });
});
