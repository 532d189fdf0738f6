/**
 * Turns one exported file into metric records (SPEC section 5). Parsing happens where the file
 * is (options page, CLI); the background only stores the result. A file is all or nothing: when
 * it cannot be read, ImportError says why and no record comes back; rows that are broken on
 * their own are skipped and listed by physical line.
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
  const skipped: ImportResult['skipped'] = [];
  let rows = 0;
  try {
    await readRows(
      text,
      preamble,
      ({ cells, line, problem }) => {
        rows += 1;
        if (problem) {
          skipped.push({ line, reason: problem });
          return;
        }
        try {
          importer.row(new RowReader(header, cells), sink, prepared, context);
        } catch (error) {
          if (!(error instanceof CellError)) throw error;
          skipped.push({ line, reason: error.message });
        }
      },
      options.onProgress,
    );
  } catch (error) {
    if (error instanceof UnterminatedQuoteError) throw new ImportError(`${file.name}: line ${error.line}: ${error.message}`, { line: error.line });
    throw error;
  }

  if (rows === 0) throw new ImportError(`${file.name}: no data rows below the header row (line ${preamble.headerLine})`, { line: preamble.headerLine });
  const first = skipped[0];
  if (sink.size === 0 && first) {
    throw new ImportError(`${file.name}: no row could be read; line ${first.line}: ${first.reason}${skipped.length > 1 ? ` (and ${skipped.length - 1} more bad lines)` : ''}`, { line: first.line });
  }
  return { kind: importer.kind, data: sink.data(), rows, skipped };
}
