import { describe, expect, it } from 'vitest';
import { binaryKind } from './binary';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('binaryKind', () => {
  it.each([
    ['a Word or Excel file (zip)', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'zip'],
    ['an old Office file', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'ole'],
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ\n'), 'pdf'],
    ['a PNG', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 13]), 'image'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'image'],
    ['a GIF', bytes('GIF89a', [1, 0, 1, 0]), 'image'],
    ['a WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image'],
    ['gzip', bytes([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0]), 'binary'],
    ['a zero byte after text', bytes('Fresh roast', [0], 'today'), 'binary'],
  ])('%s', (_name, file, kind) => {
    expect(binaryKind(file)).toBe(kind);
  });

  it.each([
    ['UTF-8 text', Buffer.from('Fersk brenning, smørbrød og ☕ #kaffeglede\n')],
    ['UTF-8 with a BOM', Buffer.from('\uFEFFFresh roast')],
    ['UTF-16 LE with a BOM', Buffer.from('\uFEFFFresh roast', 'utf16le')],
    ['UTF-16 LE without a BOM', Buffer.from('Fresh roast today', 'utf16le')],
    ['UTF-16 BE without a BOM', Buffer.from('Fresh roast today', 'utf16le').swap16()],
    ['Windows-1252', Buffer.from('Caf\xe9 \x80 5', 'latin1')],
    ['empty', Buffer.alloc(0)],
    ['"PK" as the start of a word', Buffer.from('PKU er stengt i dag')],
    ['a zero byte past the first 8,000', Buffer.concat([Buffer.from('a'.repeat(8000)), Buffer.from([0])])],
  ])('text: %s', (_name, file) => {
    expect(binaryKind(new Uint8Array(file))).toBeUndefined();
  });
});
