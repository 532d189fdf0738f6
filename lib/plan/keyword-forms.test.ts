import { describe, expect, it } from 'vitest';
import { singleFormKeywords } from './keyword-forms';

describe('singleFormKeywords', () => {
  it('lists one-word crisis keywords of a Norwegian plan written without *', () => {
    expect(singleFormKeywords({ locale: 'nb', moderation: { crisisKeywords: ['søksmål', 'tilbakekall*', 'mat forgiftning', ' mugg ', 'EU', 3] } })).toEqual(['søksmål', 'mugg']);
  });

  it('lists them in English plans too: "mould" misses "mouldy", "recall" misses "recalled" (QA16)', () => {
    expect(singleFormKeywords({ locale: 'en', moderation: { crisisKeywords: ['recall', 'mould*', 'food poisoning', 'boycott'] } })).toEqual(['recall', 'boycott']);
    // Short English words would match too much with * ("sue*" matches "suede"): not suggested.
    expect(singleFormKeywords({ locale: 'en', moderation: { crisisKeywords: ['sue', 'ill', 'mould'] } })).toEqual(['mould']);
    expect(singleFormKeywords({ moderation: { crisisKeywords: ['recall'] } })).toEqual(['recall']);
  });

  it('leaves plans without keywords and anything else alone', () => {
    expect(singleFormKeywords({ locale: 'nb' })).toEqual([]);
    expect(singleFormKeywords(null)).toEqual([]);
    expect(singleFormKeywords('nb')).toEqual([]);
  });
});
