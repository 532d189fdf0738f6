import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../plan/types';
import { analyzeTone } from './index';

const locales: Locale[] = ['en', 'nb'];

describe('analyzeTone', () => {
  it.each(locales)('never throws and keeps every span inside the text (%s)', (locale) => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 300 })), (text) => {
        const tone = analyzeTone(text, locale);
        expect(tone.locale).toBe(locale);
        expect(tone.sentiment).toBeGreaterThanOrEqual(-1);
        expect(tone.sentiment).toBeLessThanOrEqual(1);
        expect(Math.abs(tone.formality.score)).toBeLessThanOrEqual(1);
        for (const span of [...tone.hostile, ...tone.shouting]) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThan(span.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['\ud800', 'en'],
    ['\udfff\ud800x', 'nb'],
    ['!'.repeat(10_000), 'en'],
    ['A'.repeat(50_000), 'nb'],
    ['😀'.repeat(5_000), 'en'],
    ['We love it, but NOT the wait!!! Sorry. '.repeat(1_700), 'en'],
    ['\u0000\u200d\ufe0f', 'en'],
  ] as const)('copes with odd input %#', (text, locale) => {
    expect(() => analyzeTone(text, locale)).not.toThrow();
  });

  it('treats an unknown locale as English instead of throwing', () => {
    expect(analyzeTone('great', 'xx' as Locale).locale).toBe('en');
  });

  it.each<[string, Locale, Partial<Record<'hostile' | 'shouting' | 'complaint' | 'negative', boolean>>]>([
    ["We're so sorry to hear this. We'll make it right.", 'en', { hostile: false, shouting: false, negative: false }],
    ['Calm down, obviously you did not read it', 'en', { hostile: true }],
    ['THIS IS A DISGRACE!!!', 'en', { shouting: true, negative: true, complaint: true }],
    ['Beklager ventetiden! Vi ser på saken nå.', 'nb', { hostile: false, shouting: false, negative: false }],
    ['Roe deg ned, det er ditt problem.', 'nb', { hostile: true, complaint: true }],
    ['Matte er mitt beste fag, sa han til sin mor.', 'nb', { hostile: false, shouting: false }],
    // Praise an eye-roll turns into sarcasm reads negative in a reply too (QA16).
    ['Wow, thanks for the 1-star review. Really helpful. 🙄', 'en', { negative: true }],
    ['Takk for den fantastiske terningkast 1-anmeldelsen. Veldig nyttig 🙄', 'nb', { negative: true, complaint: true }],
    ['Thanks mom 🙄 always sending me memes', 'en', { negative: false }],
    // Sympathy after "Å nei," with sad words and a sad face is no negative tone.
    ['Å nei, knust kopp er en trist start på dagen 😢 Send oss et bilde på DM, så sender vi en ny.', 'nb', { negative: false }],
  ])('%j (%s)', (text, locale, expected) => {
    const tone = analyzeTone(text, locale);
    if (expected.hostile !== undefined) expect(tone.hostile.length > 0).toBe(expected.hostile);
    if (expected.shouting !== undefined) expect(tone.shouting.length > 0).toBe(expected.shouting);
    if (expected.complaint !== undefined) expect(tone.complaint).toBe(expected.complaint);
    if (expected.negative !== undefined) expect(tone.sentiment < -0.05).toBe(expected.negative);
  });
});
