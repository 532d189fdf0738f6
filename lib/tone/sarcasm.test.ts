import { describe, expect, it } from 'vitest';
import type { Locale } from '../plan/types';
import { sarcasticSentences } from './sarcasm';
import { englishPolarity, englishSentiment } from './sentiment-en';
import { nbPolarity, norwegianSentiment } from './sentiment-nb';
import { sentimentTokens } from './sentiment-tokens';

/** The words marked as standing beside a sarcastic thanks. */
const marked = (text: string, locale: Locale) => {
  const tokens = sentimentTokens(text);
  const mask = sarcasticSentences(tokens, locale, locale === 'en' ? englishPolarity : nbPolarity);
  return mask ? tokens.filter((_, i) => mask[i]).map((t) => t.lower) : null;
};

describe('sarcasticSentences', () => {
  it('marks the sentence with the idiom and the sentences on either side', () => {
    expect(marked('Wow, thanks for nothing.', 'en')).toEqual(['wow', 'thanks', 'for', 'nothing']);
    expect(marked('We loved it. Great service. Thanks for nothing. Bye now. See you.', 'en')).toEqual(['great', 'service', 'thanks', 'for', 'nothing', 'bye', 'now']);
    expect(marked('Supert. Takk for ingenting.', 'nb')).toEqual(['supert', 'takk', 'for', 'ingenting']);
  });

  it('leaves a quoted idiom alone: said about the words, not saying them', () => {
    expect(englishSentiment('We hear you. "Thanks for nothing" is not what we want you to feel, and we are sorry.')).toBeGreaterThan(0);
    expect(norwegianSentiment('Ingen skal måtte si «takk for ingenting» til oss. Takk for at du sa fra!')).toBeGreaterThan(0);
    expect(marked('Wow, thanks for nothing.', 'en')).not.toBeNull();
  });

  it('needs the idiom whole, in one clause, in the locale', () => {
    expect(marked('Thanks for everything!', 'en')).toBeNull();
    expect(marked('Nothing to thank us for, happy to help', 'en')).toBeNull();
    expect(marked('Thanks, for nothing is better than coffee', 'en')).toBeNull();
    expect(marked('Thanks for nothing short of an amazing year!', 'en')).toBeNull();
    expect(marked('Thanks for nothing less than a great year', 'en')).toBeNull();
    expect(marked('Thanks for nothing', 'nb')).toBeNull();
    expect(marked('', 'en')).toBeNull();
  });
});

describe('sentiment of a sarcastic thanks', () => {
  it.each<[string, 'en' | 'nb']>([
    ['Thanks for nothing', 'en'],
    ['Great. Thanks a lot for nothing.', 'en'],
    ['Wow, thanks for nothing.', 'en'],
    ['Thank you so much for nothing, great job.', 'en'],
    ['Great service. Thanks for nothing.', 'en'],
    ['Takk for ingenting.', 'nb'],
    ['Tusen takk for ingenting, supert.', 'nb'],
    ['Kjempebra service. Takk for ingenting.', 'nb'],
    // "Nothing but" with no praise after it is still the idiom.
    ['Thanks for nothing but excuses', 'en'],
    ['Takk for ingenting men sånn er det vel', 'nb'],
  ])('%j (%s) reads negative', (text, locale) => {
    expect(locale === 'en' ? englishSentiment(text) : norwegianSentiment(text)).toBeLessThan(-0.05);
  });

  it.each<[string, 'en' | 'nb']>([
    ['Thanks for everything!', 'en'],
    ['Thanks for nothing but good vibes today', 'en'],
    ['Takk for alt!', 'nb'],
  ])('%j (%s) stays positive', (text, locale) => {
    expect(locale === 'en' ? englishSentiment(text) : norwegianSentiment(text)).toBeGreaterThan(0.05);
  });

  it('leaves negative words negative', () => {
    expect(englishSentiment('Terrible. Thanks for nothing.')).toBeLessThan(englishSentiment('Thanks for nothing.'));
  });
});
