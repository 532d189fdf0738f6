import { describe, expect, it } from 'vitest';
import { calibrationPairs } from '../../scripts/nb-calibration';
import { fitStretch, unstretched } from './calibration';
import { englishSentiment } from './sentiment-en';
import { NB_NEUTRAL_BAND, NB_STRETCH, nbStretch, norwegianSentiment } from './sentiment-nb';

describe('Bokmål sentiment on the English scale (nbStretch)', () => {
  it('keeps the sign, the neutral band and ±1, and is monotone and undone by unstretched', () => {
    const xs = [-1, -0.6, -0.2, -0.0501, -0.05, -0.01, 0, 0.03, 0.05, 0.0501, 0.3, 0.9, 1];
    const ys = xs.map((x) => nbStretch(x));
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThan(ys[i - 1]!);
    expect([ys[0], ys[4], ys[5], ys[6], ys[8], ys.at(-1)]).toEqual([-1, -0.05, -0.01, 0, 0.05, 1]);
    for (const x of xs) expect(unstretched(nbStretch(x), NB_STRETCH)).toBeCloseTo(x, 12);
    expect(NB_NEUTRAL_BAND).toEqual([-0.05, 0.05]);
  });

  it('is the exponent the translation pairs give, and brings each side closer to English', () => {
    const pairs = calibrationPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    for (const side of [-1, 1] as const) {
      const fit = fitStretch(pairs, side);
      expect(fit.pairs).toBeGreaterThanOrEqual(20);
      expect(Math.abs(fit.exponent - NB_STRETCH)).toBeLessThanOrEqual(0.03);
      expect(fit.after).toBeLessThan(fit.before * 0.6);
    }
  });

  it.each([
    ['I hate this.', 'Jeg hater dette.'],
    ['This is terrible.', 'Dette er forferdelig.'],
    ['Worst service ever, absolutely horrible.', 'Verste servicen noensinne, helt forferdelig.'],
    ['The coffee is good.', 'Kaffen er god.'],
    ['Absolutely fantastic, best coffee ever!', 'Helt fantastisk, beste kaffen noensinne!'],
  ])('%j and %j land within 0.35 of each other', (en, nb) => {
    expect(Math.abs(norwegianSentiment(nb) - englishSentiment(en))).toBeLessThan(0.35);
  });
});
