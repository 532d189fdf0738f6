import { describe, expect, it } from 'vitest';
import { bannedLine, preferredLine } from './TermsSection';

describe('bannedLine', () => {
  it.each<[string, Record<string, unknown> | undefined]>([
    ['cheap', { term: 'cheap' }],
    ['cheap → good value', { term: 'cheap', suggest: 'good value' }],
    ['cheap->good value', { term: 'cheap', suggest: 'good value' }],
    ['billigst* => rimeligst', { term: 'billigst*', suggest: 'rimeligst' }],
    ['cheap →', { term: 'cheap' }],
    ['→ good value', undefined],
  ])('%j', (line, expected) => expect(bannedLine(line)).toEqual(expected));
});

describe('preferredLine', () => {
  it.each<[string, Record<string, unknown> | undefined]>([
    ['cheap, inexpensive → good value', { use: 'good value', insteadOf: ['cheap', 'inexpensive'] }],
    ['users->coffee lovers', { use: 'coffee lovers', insteadOf: ['users'] }],
    ['billig => prisgunstig', { use: 'prisgunstig', insteadOf: ['billig'] }],
    // Half a line is still an item, for the editor to mark.
    ['good value', { use: 'good value', insteadOf: [] }],
    ['cheap →', { use: '', insteadOf: ['cheap'] }],
    [' , → ', undefined],
  ])('%j', (line, expected) => expect(preferredLine(line)).toEqual(expected));
});
