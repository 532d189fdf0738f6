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
});
