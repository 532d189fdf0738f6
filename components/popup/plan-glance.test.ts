import { describe, expect, it } from 'vitest';
import { shownTerm } from './PlanGlance';

describe('shownTerm', () => {
  it('shows a prefix term as a reader takes it, not in plan syntax', () => {
    expect(shownTerm('billigst*')).toBe('billigst…');
    expect(shownTerm('cheap')).toBe('cheap');
    expect(shownTerm('C++')).toBe('C++');
  });
});
