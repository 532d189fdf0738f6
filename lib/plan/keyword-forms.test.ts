import { describe, expect, it } from 'vitest';
import { singleFormKeywords } from './keyword-forms';

describe('singleFormKeywords', () => {
  it('lists one-word crisis keywords of a Norwegian plan written without *', () => {
    expect(singleFormKeywords({ locale: 'nb', moderation: { crisisKeywords: ['søksmål', 'tilbakekall*', 'mat forgiftning', ' mugg ', 'EU', 3] } })).toEqual(['søksmål', 'mugg']);
  });

  it('leaves English plans, plans without keywords and anything else alone', () => {
    expect(singleFormKeywords({ locale: 'en', moderation: { crisisKeywords: ['recall'] } })).toEqual([]);
    expect(singleFormKeywords({ moderation: { crisisKeywords: ['recall'] } })).toEqual([]);
    expect(singleFormKeywords({ locale: 'nb' })).toEqual([]);
    expect(singleFormKeywords(null)).toEqual([]);
    expect(singleFormKeywords('nb')).toEqual([]);
  });
});
