import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftOf } from './draft-text';

const normal = (s: string) => s.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

describe('draftOf: the text the check reads, and the way back to the file', () => {
  it('reads "\\r\\n" and a lone "\\r" as one break, without a byte-order mark or one final break', () => {
    expect(draftOf('\uFEFFa\r\nb\rc\r\n').text).toBe('a\nb\nc');
    expect(draftOf('a\n\n').text).toBe('a\n');
  });

  it('maps offsets back: a word after CRLF breaks is where the file has it', () => {
    const file = 'Line one\r\nOur cheap beans\r\n';
    const draft = draftOf(file);
    const start = draft.text.indexOf('cheap');
    expect(file.slice(draft.toFile(start), draft.toFile(start + 5))).toBe('cheap');
    // A range over a break takes the whole "\r\n".
    expect(file.slice(draft.toFile(7), draft.toFile(10))).toBe('e\r\nO');
    expect(draftOf('\uFEFFcheap').toFile(0)).toBe(1);
  });

  it('any range of the text is the same text in the file, and a fix applied there gives the same draft', () => {
    const piece = fc.constantFrom('a', 'ø', '😀', ' ', '\r\n', '\r', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.boolean(), fc.nat(), fc.nat(), fc.constantFrom('', 'X', 'good value'), (pieces, bom, a, b, replacement) => {
        const file = (bom ? '\uFEFF' : '') + pieces.join('');
        const draft = draftOf(file);
        const n = draft.text.length;
        const [s, e] = [a % (n + 1), b % (n + 1)].sort((x, y) => x - y) as [number, number];
        const [fs, fe] = [draft.toFile(s), draft.toFile(e)];
        expect(normal(file.slice(fs, fe))).toBe(draft.text.slice(s, e));
        const fixedFile = file.slice(0, fs) + replacement + file.slice(fe);
        // The text is the file's normal form less one final break: the fix lands on the same characters.
        // (Not with old Mac breaks: a fix can join a lone "\r" and a "\n" into one Windows break.)
        if (/\r(?!\n)/.test(file)) return;
        const whole = normal(file);
        expect(normal(fixedFile)).toBe(whole.slice(0, s) + replacement + whole.slice(e));
      }),
      { numRuns: 2000 },
    );
  });
});
