import { describe, expect, it } from 'vitest';
import type { Locale } from '../plan/types';
import { formality } from './formality';
import { wordTokens } from './words';

const level = (text: string, locale: Locale) => formality(text, wordTokens(text), locale).level;

describe('formality', () => {
  it.each<[string, Locale, 'casual' | 'neutral' | 'formal']>([
    ['lol u guys are awesome 😂', 'en', 'casual'],
    ['omg gonna grab one tbh!!', 'en', 'casual'],
    ['Dear customer, we regret to inform you that your order is delayed. Sincerely, Support', 'en', 'formal'],
    ['Please be advised that the office is closed. Kind regards, Nordlys', 'en', 'formal'],
    ['Our new blend is in stores today.', 'en', 'neutral'],
    ["We're sorry to hear that. We'll look into it.", 'en', 'neutral'],
    ['Hei! Så digg, haha 😍', 'nb', 'casual'],
    ['Halla, sykt kult asså', 'nb', 'casual'],
    ['Vi viser til Deres henvendelse. Med vennlig hilsen Kundeservice', 'nb', 'formal'],
    ['Vennligst kontakt kundeservice vedrørende reklamasjonen. Mvh Nordlys', 'nb', 'formal'],
    ['Den nye kaffen er i butikkene i dag.', 'nb', 'neutral'],
  ])('%j (%s) → %s', (text, locale, expected) => {
    expect(level(text, locale)).toBe(expected);
  });

  it('scores within −1..1 and orders casual < neutral < formal', () => {
    const score = (t: string) => formality(t, wordTokens(t), 'en').score;
    const [casual, neutral, formal] = [score('lol omg u rock!!'), score('Our shop opens at nine.'), score('Dear Sir, please be advised. Sincerely')];
    expect(casual).toBeLessThan(neutral);
    expect(neutral).toBeLessThan(formal);
    for (const s of [casual, neutral, formal]) expect(Math.abs(s)).toBeLessThanOrEqual(1);
  });
});

describe('formality cues counted without whole-text regexes', () => {
  const score = (text: string, locale: Locale) => formality(text, wordTokens(text), locale).score;

  it.each([
    ["We don't know, we're sure it'll work.", 'We do not know, we are sure it will work.'],
    ['We don’t know, we’re sure it’ll work.', 'We do not know, we are sure it will work.'],
  ])('contractions lean casual: %j < %j', (contracted, spelled) => {
    expect(score(contracted, 'en')).toBeLessThan(score(spelled, 'en'));
  });

  it.each([
    ['Vi takker for Deres brev.', 1],
    ['Vi takker for deres brev.', 0],
    ['Vi takker for Deresbrev.', 0],
    ['Deres brev er mottatt.', 0],
  ])('polite De/Dem/Deres mid-sentence: %j', (text, expected) => {
    const plain = score(text.replace(/Deres/g, 'brevet'), 'nb');
    expect(score(text, 'nb') > plain).toBe(expected === 1);
  });

  it('stretched letters lean casual', () => {
    expect(score('Sooo good', 'en')).toBeLessThan(score('So good', 'en'));
  });
});
