import { describe, expect, it } from 'vitest';
import { matchCase } from './match-case';

describe('matchCase', () => {
  it.each([
    ['Users', 'coffee lovers', 'Coffee lovers'],
    ['users', 'coffee lovers', 'coffee lovers'],
    ['USERS', 'coffee lovers', 'COFFEE LOVERS'],
    ['users', 'Nordlys Coffee', 'Nordlys Coffee'],
    ['Øl', 'ølsmaking', 'Ølsmaking'],
    ['Cheap', '"good value"', '"Good value"'],
    ['A', 'the one', 'The one'],
    ['123', 'x', 'x'],
  ])('%s → %s gives %s', (original, replacement, expected) => expect(matchCase(original, replacement)).toBe(expected));
});
