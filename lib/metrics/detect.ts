/**
 * Recognises a file by its header row (SPEC section 5). Every importer scores the columns it
 * knows; the best score wins, so a file that lost a column is still recognised — and the message
 * can name exactly the columns that are missing.
 */
import { HeaderIndex } from './importers/row-reader';
import type { Column, Importer } from './importers/importer';
import { IMPORTERS } from './importers/index';
import type { ImportKind } from './types';

export type Detection =
  | { ok: true; importer: Importer }
  | { ok: false; best?: Importer; missing: string[] };

export function detectFormat(header: string[], importers: readonly Importer[] = IMPORTERS): Detection {
  const index = new HeaderIndex(header);
  const has = (column: Column) => index.find(column) !== -1;
  let best: { importer: Importer; score: number; missing: Column[] } | undefined;
  for (const importer of importers) {
    const missing = importer.required.filter((c) => !has(c));
    const found = importer.required.length - missing.length;
    // Required columns weigh more than optional ones; one lone match proves nothing.
    const score = found * 2 + importer.optional.filter(has).length;
    if (found === 0 || score < 3) continue;
    const better = !best || score > best.score || (score === best.score && missing.length < best.missing.length);
    if (better) best = { importer, score, missing };
  }
  if (!best) return { ok: false, missing: [] };
  if (best.missing.length) return { ok: false, best: best.importer, missing: best.missing.map((c) => c[0]) };
  return { ok: true, importer: best.importer };
}

/** Each format and the columns it needs ("Tweet id, time, …"), for the message on an unknown file. */
export function describeFormats(importers: readonly Importer[] = IMPORTERS): { kind: ImportKind; required: string[] }[] {
  return importers.map((i) => ({ kind: i.kind, required: i.required.map((c) => c[0]) }));
}
