import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = unit & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = unit >> 8;
  }
  return out;
}
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => ({ 'é': 0xe9, 'ø': 0xf8, 'å': 0xe5, '€': 0x80, '–': 0x96, '“': 0x93, '”': 0x94, '’': 0x92 } as Record<string, number>)[c] ?? c.charCodeAt(0)));
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xb8]), 'aø'],
    ['UTF-8 without BOM', utf8('Tromsø'), 'Tromsø'],
    ['UTF-16LE with BOM', join(new Uint8Array([0xff, 0xfe]), utf16('sep=,\nå', 'le')), 'sep=,\nå'],
    ['UTF-16LE without BOM', utf16('ab,c', 'le'), 'ab,c'],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0xe5]), 'aå'],
    ['UTF-16BE without BOM', utf16('date,followers', 'be'), 'date,followers'],
    ['Windows-1252', cp1252('Tromsø'), 'Tromsø'],
    // Excel's curly quotes, dashes and € sit in 0x80–0x9F, where Windows-1252 differs from Latin-1.
    ['Windows-1252 with €, dashes and curly quotes', cp1252('Café på Tromsø – “5 €” it’s'), 'Café på Tromsø – “5 €” it’s'],
  ])('%s', (_name, bytes, text) => {
    expect(decodeBytes(bytes)).toBe(text);
  });

  it('reads a UTF-8 file cut in the middle of a letter as UTF-8, not Windows-1252', () => {
    const bytes = utf8('Søksmål mot dere, blåbær').subarray(0, 26);
    expect(decodeBytes(bytes)).toBe('Søksmål mot dere, blåb\ufffd');
  });

  it('keeps UTF-8 letters when one Latin-1 byte is pasted in among them', () => {
    const bytes = join(utf8('Tilbakekall og søksmål: '), cp1252('é'), utf8(' blåbær'));
    expect(decodeBytes(bytes)).toBe('Tilbakekall og søksmål: \ufffd blåbær');
  });

  it('finds UTF-16 without a BOM when the text opens with an emoji', () => {
    expect(decodeBytes(utf16('😡 recall lawsuit', 'le'))).toBe('😡 recall lawsuit');
    expect(decodeBytes(utf16('😡 recall lawsuit', 'be'))).toBe('😡 recall lawsuit');
  });

  it('reads a Windows-1252 file whose only accented letter is its last byte as Windows-1252', () => {
    expect(decodeBytes(cp1252('Billig café'))).toBe('Billig café');
  });

  it('finds UTF-16 without a BOM under an ASCII header, whatever script the rows are in', () => {
    const text = 'Tweet text,impressions\nコーヒーが大好きです東京,120\nКофе очень хороший сегодня,80\n';
    expect(decodeBytes(utf16(text, 'le'))).toBe(text);
    expect(decodeBytes(utf16(text, 'be'))).toBe(text);
  });

  it('does not take ordinary UTF-8 for UTF-16', () => {
    expect(decodeBytes(utf8('ab'))).toBe('ab');
    expect(decodeBytes(utf8('🙂🙂🙂 Nordlys'))).toBe('🙂🙂🙂 Nordlys');
  });
});
