import { describe, expect, it } from 'vitest';
import { inSentence } from './GoalsSection';

describe('a KPI name in the goal hint', () => {
  it('is written as running text needs it, acronyms kept (QA39)', () => {
    expect(inSentence('Følgere')).toBe('følgere');
    expect(inSentence('Engagement rate')).toBe('engagement rate');
    expect(inSentence('ROI')).toBe('ROI');
    expect(inSentence('CTR')).toBe('CTR');
    expect(inSentence('Ø')).toBe('ø');
    expect(inSentence('')).toBe('');
  });
});
