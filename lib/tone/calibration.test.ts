import { describe, expect, it } from 'vitest';
import { calibrationPairs } from '../../scripts/nb-calibration';
import { fitStretch, unstretched } from './calibration';
import { englishSentiment } from './sentiment-en';
import { NB_EDGE_SLOPE, NB_NEUTRAL_BAND, NB_STRETCH, nbStretch, norwegianSentiment } from './sentiment-nb';

describe('Bokmål sentiment on the English scale (nbStretch)', () => {
  it('keeps the sign, the neutral band and ±1, and is monotone and undone by unstretched', () => {
    const xs = [-1, -0.6, -0.2, -0.06, -0.0501, -0.05, -0.01, 0, 0.03, 0.05, 0.0501, 0.06, 0.3, 0.9, 1];
    const ys = xs.map((x) => nbStretch(x));
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThan(ys[i - 1]!);
    expect([ys[0], ys[5], ys[6], ys[7], ys[9], ys.at(-1)]).toEqual([-1, -0.05, -0.01, 0, 0.05, 1]);
    for (const x of xs) expect(unstretched(nbStretch(x))).toBeCloseTo(x, 12);
    expect(NB_NEUTRAL_BAND).toEqual([-0.05, 0.05]);
  });

  it('is never steeper than NB_EDGE_SLOPE near the band, so a looser floor still means something (rev24)', () => {
    for (const x of [0.0501, 0.051, 0.055, 0.06, 0.07, 0.1]) expect(nbStretch(x) - 0.05).toBeLessThanOrEqual(NB_EDGE_SLOPE * (x - 0.05) + 1e-12);
    // A plain service line the model reads slightly negative stays above a −0.2 floor.
    expect(norwegianSentiment('Ta kontakt om du lurer på noe.')).toBeGreaterThan(-0.2);
  });

  it('is the exponent the translation pairs give, and brings them closer to English', () => {
    const pairs = calibrationPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(70);
    const fit = fitStretch(pairs);
    expect(fit.exponent).toBe(NB_STRETCH);
    expect(fit.after).toBeLessThan(fit.before * 0.85);
  });

  it.each([
    ['I hate this.', 'Jeg hater dette.'],
    ['This is terrible.', 'Dette er forferdelig.'],
    ['Worst service ever, absolutely horrible.', 'Verste servicen noensinne, helt forferdelig.'],
    ['The coffee is good.', 'Kaffen er god.'],
    ['Great service and friendly staff.', 'Flott service og hyggelige ansatte.'],
  ])('%j and %j are closer than before the bend', (en, nb) => {
    const bent = norwegianSentiment(nb);
    expect(Math.abs(bent - englishSentiment(en))).toBeLessThan(Math.abs(unstretched(bent) - englishSentiment(en)));
  });
});
