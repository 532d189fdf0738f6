/**
 * Turns one exported file into metric records (SPEC section 5). Parsing happens where the file
 * is (options page, CLI); the background only stores the result. A file is all or nothing
 * (SPEC §5: "nothing of a rejected file is stored"): when its header, a quote or any row cannot be
 * read, ImportError names the file, the physical line and the column, and no record comes back.
 */
import type { Plan } from '../plan/types';
import { readPreamble, readRows, UnterminatedQuoteError } from './csv';
import { decodeBytes } from './decode';
import { describeFormats, detectFormat } from './detect';
import { ImportError } from './import-error';
import type { ImportContext } from './importers/importer';
import { HeaderIndex, RowReader } from './importers/row-reader';
import { RecordSink } from './importers/sink';
import type { ImportResult } from './types';
import { CellError } from './values';

export { ImportError } from './import-error';

export interface ImportOptions {
  /** Maps campaign names in templates to the plan's campaign ids. */
  plan?: Plan;
  /** Called with 0…1 while a large file is parsed. */
  onProgress?: (fraction: number) => void;
}

/** People pick the .xlsx they opened the export in; say so instead of "unknown header". */
function refuseSpreadsheet(file: { name: string; bytes: Uint8Array }): void {
  const b = file.bytes;
  const zip = b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
  const ole = b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
  if (zip || ole) throw new ImportError(`${file.name}: this is ${zip ? 'an Excel workbook or zip archive' : 'an old Excel workbook'}, not CSV — save or export it as CSV and import that`);
}

export async function importMetricsFile(file: { name: string; bytes: Uint8Array }, options: ImportOptions = {}): Promise<ImportResult> {
  refuseSpreadsheet(file);
  // Line numbers count \r\n and a lone \r as one line break, like every editor does.
  const text = decodeBytes(file.bytes).replace(/\r\n?/g, '\n');
  const preamble = readPreamble(text);
  if (!preamble) throw new ImportError(`${file.name}: the file is empty — no header row found`);

  const detection = detectFormat(preamble.header);
  if (!detection.ok) {
    const at = `header row on line ${preamble.headerLine}`;
    if (detection.best) {
      const s = detection.missing.length > 1 ? 's' : '';
      throw new ImportError(`${file.name}: looks like a ${detection.best.label}, but the ${at} lacks the column${s} ${detection.missing.map((m) => `"${m}"`).join(', ')}`, {
        line: preamble.headerLine,
        missingColumns: detection.missing,
      });
    }
    const shown = preamble.header.slice(0, 8).map((h) => `"${h}"`).join(', ');
    throw new ImportError(`${file.name}: not a file Brandline can import — the ${at} has ${shown}${preamble.header.length > 8 ? ', …' : ''}. Expected one of: ${describeFormats()}`, {
      line: preamble.headerLine,
    });
  }

  const importer = detection.importer;
  const context: ImportContext = { plan: options.plan, comments: preamble.comments, header: preamble.header, headerLine: preamble.headerLine };
  let prepared: ReturnType<NonNullable<typeof importer.prepare>> | undefined;
  try {
    prepared = importer.prepare?.(context);
  } catch (error) {
    // Every other message names the file; with several files imported at once it must.
    if (error instanceof ImportError) throw new ImportError(`${file.name}: ${error.message}`, error.details);
    throw error;
  }
  const header = new HeaderIndex(preamble.header);
  const sink = new RecordSink();
  const bad: { line: number; reason: string }[] = [];
  let rows = 0;
  try {
    await readRows(
      text,
      preamble,
      ({ cells, line, problem }) => {
        rows += 1;
        if (problem) {
          bad.push({ line, reason: problem });
          return;
        }
        try {
          importer.row(new RowReader(header, cells), sink, prepared, context);
        } catch (error) {
          if (!(error instanceof CellError)) throw error;
          bad.push({ line, reason: error.message });
        }
      },
      options.onProgress,
    );
  } catch (error) {
    if (error instanceof UnterminatedQuoteError) throw new ImportError(`${file.name}: line ${error.line}: ${error.message}`, { line: error.line });
    throw error;
  }

  if (rows === 0) throw new ImportError(`${file.name}: no data rows below the header row (line ${preamble.headerLine})`, { line: preamble.headerLine });
  const first = bad[0];
  if (first) throw new ImportError(badRowsMessage(file.name, bad), { line: first.line });
  return { kind: importer.kind, data: sink.data(), rows };
}

/** The first bad row in full, then the lines of the next few, so all of them can be corrected in one go. */
function badRowsMessage(fileName: string, bad: readonly { line: number; reason: string }[]): string {
  const [first, ...rest] = bad;
  const shown = rest.slice(0, 5).map((b) => b.line).join(', ');
  const more = rest.length ? ` (also bad: line${rest.length > 1 ? 's' : ''} ${shown}${rest.length > 5 ? `, and ${rest.length - 5} more` : ''})` : '';
  return `${fileName}: line ${first!.line}: ${first!.reason}${more} — nothing from this file was imported; correct it and import the file again`;
}
