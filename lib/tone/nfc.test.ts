import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTone } from './index';
import { nfcOffsets } from './nfc';

const nfd = (text: string) => text.normalize('NFD');

describe('tone of text with decomposed letters (rev31 F2)', () => {
  it.each([
    ['nb', 'Dette er dårlig'],
    ['nb', 'Slutt å klage, det er ikke vår feil.'],
    ['nb', 'Du er åndssvak'],
    ['en', 'The crème brûlée was awful, you idiots'],
  ] as const)('%s: %j reads the same in NFD as in NFC', (locale, text) => {
    const composed = analyzeTone(text, locale);
    const decomposed = analyzeTone(nfd(text), locale);
    expect(nfd(text)).not.toBe(text);
    expect({ ...decomposed, hostile: [], shouting: [] }).toEqual({ ...composed, hostile: [], shouting: [] });
    expect(decomposed.hostile.map((s) => s.kind)).toEqual(composed.hostile.map((s) => s.kind));
    // Each span marks the same words, in the text as given.
    expect(decomposed.hostile.map((s) => nfd(text).slice(s.start, s.end))).toEqual(composed.hostile.map((s) => nfd(text.slice(s.start, s.end))));
  });

  it('maps shouting spans back too', () => {
    const text = nfd('SLUTT Å KLAGE NÅ!!!');
    const spans = analyzeTone(text, 'nb').shouting.map((s) => text.slice(s.start, s.end));
    expect(spans).toContain(nfd('NÅ'));
    expect(spans).toContain('!!!');
  });

  it('offsets stay inside the text on any mix of letters and combining marks', () => {
    const pieces = fc.constantFrom('a', 'å', 'a\u030a', 'e\u0301', '\u0301', ' ', '!!!', 'IDIOT', 'dårlig', '😂', '\ud800', '\u1100\u1161\u11a8');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const tone = analyzeTone(text, 'nb');
        for (const span of [...tone.hostile, ...tone.shouting]) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThan(span.end);
        }
      }),
    );
  });

  it('has no map for text already in NFC', () => {
    expect(nfcOffsets('Dette er dårlig', 'Dette er dårlig')).toBeUndefined();
  });
});
