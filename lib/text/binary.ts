/**
 * Files that are not text. A Word draft (.docx), a PDF or a screenshot handed to `brandline check`
 * used to be decoded as Windows-1252 and checked: a page of "PK\u0003\u0004…" findings and exit 1,
 * as if the draft had broken the plan. Known formats are named by their first bytes, so the
 * message can say what to do; anything else with a zero byte near its start is binary (git's
 * test), once UTF-16, whose zero bytes are its letters' high halves, is ruled out.
 */
import { startsWithBom, utf16WithoutBom } from './decode';

export type BinaryKind = 'zip' | 'ole' | 'pdf' | 'image' | 'binary';

const starts = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, at: number, word: string) => [...word].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/** How much of the file's start is searched for a zero byte (git reads 8,000 bytes). */
const SNIFF = 8000;

export function binaryKind(bytes: Uint8Array): BinaryKind | undefined {
  // Office Open XML (.docx, .xlsx), OpenDocument and zip archives; old Office files (OLE).
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'ole';
  if (ascii(bytes, 0, '%PDF-')) return 'pdf';
  if (starts(bytes, 0x89, 0x50, 0x4e, 0x47) || starts(bytes, 0xff, 0xd8, 0xff) || ascii(bytes, 0, 'GIF8') || (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP'))) return 'image';
  if (startsWithBom(bytes) || utf16WithoutBom(bytes)) return undefined;
  const end = Math.min(bytes.length, SNIFF);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return 'binary';
  return undefined;
}
