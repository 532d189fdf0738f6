import { describe, expect, it } from 'vitest';
import { bannedLine } from './TermsSection';

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
