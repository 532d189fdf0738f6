/**
 * Turns one exported file into metric records (SPEC section 5). Parsing happens where the file
 * is (options page, CLI); the background only stores the result. A file is all or nothing
 * (SPEC §5: "nothing of a rejected file is stored"): when its header, a quote or any row cannot be
 * read, ImportError names the file, the physical line and the column, and no record comes back.
 */
import type { Plan } from '../plan/types';
import { readPreamble, readRows, UnterminatedQuoteError, type CsvPreamble } from './csv';
import { binaryKind } from '../text/binary';
import { decodeBytes } from '../text/decode';
import { describeFormats, detectFormat } from './detect';
import { decimalMarkOf } from './values';
import { CellError, ImportError } from './import-error';
import type { ImportContext, Importer } from './importers/importer';
import { HeaderIndex, RowReader } from './importers/row-reader';
import { RecordSink } from './importers/sink';
import type { ImportResult } from './types';
import type { RowProblem } from './import-problems';

export { ImportError } from './import-error';

export interface ImportOptions {
  /** Maps campaign names in templates to the plan's campaign ids. */
  plan?: Plan;
  /** Called with 0…1 while a large file is parsed. */
  onProgress?: (fraction: number) => void;
}

/** People pick the .xlsx they opened the export in, or a PDF report; say so instead of "unknown header". */
function refuseBinary(file: { name: string; bytes: Uint8Array }): void {
  const kind = binaryKind(file.bytes);
  if (kind === 'zip' || kind === 'ole') throw new ImportError({ code: 'spreadsheet', kind }, file.name);
  if (kind) throw new ImportError({ code: 'notText', kind }, file.name);
}

// Words and letters of column names in Bokmål (GA4 and Meta name columns in the interface's language).
const NORWEGIAN_HEADER = /[æøå]|\b(?:dato|innlegg|visninger|rekkevidde|økter|kilde|følgere|klikk|kommentarer|delinger|reaksjoner|publiseringstidspunkt|innleggstype)\b/iu;

/** The header looks like a Norwegian-language export: said, with what to do (QA29). */
function localizedHeader(header: readonly string[]): { localized?: true } {
  return header.some((name) => NORWEGIAN_HEADER.test(name)) ? { localized: true } : {};
}

/** Meta Ads Manager's report columns ("Amount spent (NOK)", "Reporting starts", "Campaign name"). */
function isAdsManagerHeader(header: readonly string[]): boolean {
  const names = header.map((h) => h.trim().toLowerCase());
  return names.some((n) => n.startsWith('amount spent')) && names.some((n) => n === 'reporting starts' || n === 'campaign name' || n === 'ad set name');
}

export async function importMetricsFile(file: { name: string; bytes: Uint8Array }, options: ImportOptions = {}): Promise<ImportResult> {
  refuseBinary(file);
  // Line numbers count \r\n and a lone \r as one line break, like every editor does.
  const text = decodeBytes(file.bytes).replace(/\r\n?/g, '\n');
  const isHeader = (cells: string[]) => detectFormat(cells).ok;
  const firstTable = readPreamble(text, { isHeader });
  if (!firstTable) throw new ImportError({ code: 'empty' }, file.name);

  // A GA4 download may hold several tables: the chart's series ("Nth day") before or after the
  // report, or two weekly reports appended. Every table Brandline knows is read (each with its own
  // `#` date range); one of another kind than the first is refused; the series is skipped. A file
  // of no known table is refused for its first header.
  const tables: { preamble: CsvPreamble; importer: Importer }[] = [];
  const firstDetection = detectFormat(firstTable.header);
  for (let table: CsvPreamble | undefined = firstTable; table; ) {
    const found = table === firstTable ? firstDetection : detectFormat(table.header);
    if (found.ok) {
      const kind = tables[0]?.importer.kind;
      if (kind && found.importer.kind !== kind) throw new ImportError({ code: 'otherTable', headerLine: table.headerLine, format: found.importer.kind, first: kind }, file.name);
      tables.push({ preamble: table, importer: found.importer });
    } else if (table !== firstTable && !/^nth\s/i.test(table.header[0] ?? '')) {
      // Only GA4's own chart series is left out without a word; any other table is refused for its header.
      const headerLine = table.headerLine;
      if (found.best) throw new ImportError({ code: 'missingColumns', format: found.best.kind, headerLine, missing: found.missing }, file.name);
      throw new ImportError({ code: 'unknownHeader', headerLine, shown: table.header.slice(0, 8), more: table.header.length > 8, formats: describeFormats(), ...localizedHeader(table.header) }, file.name);
    }
    if (table.bodyEnd >= text.length) break;
    table = readPreamble(text, { from: { offset: table.bodyEnd, line: table.bodyEndLine, comments: table.comments, delimiter: table.delimiter }, isHeader });
  }
  if (!tables.length) {
    // Its "Link clicks" made it "a posts template lacking channel, post_id…" (QA25): say what it is.
    if (isAdsManagerHeader(firstTable.header)) throw new ImportError({ code: 'adsManager', headerLine: firstTable.headerLine }, file.name);
    if (!firstDetection.ok && firstDetection.best) throw new ImportError({ code: 'missingColumns', format: firstDetection.best.kind, headerLine: firstTable.headerLine, missing: firstDetection.missing }, file.name);
    const shown = firstTable.header.slice(0, 8);
    throw new ImportError({ code: 'unknownHeader', headerLine: firstTable.headerLine, shown, more: firstTable.header.length > 8, formats: describeFormats(), ...localizedHeader(firstTable.header) }, file.name);
  }

  const sink = new RecordSink();
  const bad: { line: number; row: RowProblem }[] = [];
  let rows = 0;
  let last: LastRow | undefined;
  for (const { preamble, importer } of tables) {
    sink.beginTable();
    const read = await readTable(text, preamble, importer, sink, bad, file.name, options);
    rows += read.rows;
    last = read.last ?? last;
  }
  const cutOff = last && cutOffRow(text, last);
  const missingMetrics = missingMetricColumns(tables[0]!.importer, new HeaderIndex(tables[0]!.preamble.header));

  if (rows === 0) throw new ImportError({ code: 'noRows', headerLine: tables[0]!.preamble.headerLine }, file.name);
  const [first, ...others] = bad;
  if (first) throw new ImportError({ code: 'badRows', line: first.line, row: first.row, others: others.map((b) => b.line) }, file.name);
  return { kind: tables[0]!.importer.kind, data: sink.data(), rows, ...(sink.repeated ? { repeated: sink.repeated } : {}), ...(sink.differing.size ? { differing: sink.differing.size } : {}), ...(sink.differingDays.size ? { differingDays: sink.differingDays.size } : {}), ...(sink.empty ? { empty: sink.empty } : {}), ...(cutOff ? { cutOff } : {}), ...(sink.commaDecimals ? { commaDecimals: sink.commaDecimals } : {}), ...(sink.leftOutRows ? { leftOut: sink.leftOutRows } : {}), ...(missingMetrics.length ? { missingMetrics } : {}) };
}

interface LastRow {
  line: number;
  cells: number;
  /** Cells of the row before it, or of its table's header. */
  expected: number;
  /** Where the table's rows end in the text. */
  bodyEnd: number;
}

/**
 * The last row of a file that may have been cut off: it ends the file, with no line break after
 * it, and has fewer cells than its header. Said, not refused: Excel saves empty last cells as a
 * short row too, and some tools end a file without a line break; but a download interrupted in the
 * middle of a row is read as a row with no data in its last columns, and the figures come out low
 * without a word (QA26: impressions 13,000 instead of 17,000).
 */
function cutOffRow(text: string, last: LastRow): ImportResult['cutOff'] {
  if (last.bodyEnd < text.length || last.cells >= last.expected) return undefined;
  const end = text.length > 0 ? text.charCodeAt(text.length - 1) : 10;
  return end === 10 ? undefined : { line: last.line, cells: last.cells, expected: last.expected };
}

/** Reads one table's rows into `sink`, collecting bad rows in `bad`; returns how many rows it had. */
async function readTable(
  text: string,
  preamble: CsvPreamble,
  importer: Importer,
  sink: RecordSink,
  bad: { line: number; row: RowProblem }[],
  fileName: string,
  options: ImportOptions,
): Promise<{ rows: number; last?: LastRow }> {
  const context: ImportContext = { plan: options.plan, comments: preamble.comments, header: preamble.header, headerLine: preamble.headerLine };
  let prepared: ReturnType<NonNullable<typeof importer.prepare>> | undefined;
  try {
    prepared = importer.prepare?.(context);
  } catch (error) {
    // Every other message names the file; with several files imported at once it must.
    if (error instanceof ImportError) throw error.of(fileName);
    throw error;
  }
  const header = new HeaderIndex(preamble.header);
  /** No row may have a value past this many cells. */
  const columns = lastFilled(preamble.header) + 1;
  const mark = decimalMarkOf(text.slice(preamble.bodyOffset, preamble.bodyEnd), preamble.delimiter);
  // A comma decimal in a comma-separated file is the odd one out (Excel writes ";" where the comma
  // is the decimal mark): its "1,500" read as 1.5 are said (QA29).
  const commaDecimals = preamble.delimiter === ',' && mark === ',';
  let rows = 0;
  let last: LastRow | undefined;
  try {
    await readRows(
      text,
      preamble,
      ({ cells, line, problem }) => {
        rows += 1;
        // Against the row before it (or the header): an export's rows are alike, and Excel's short
        // rows (empty last cells left out) are short all along, not in the last row only (rev29).
        last = { line, cells: cells.length, expected: last?.cells ?? preamble.header.length, bodyEnd: preamble.bodyEnd };
        if (problem) {
          bad.push({ line, row: { problem } });
          return;
        }
        // A value past the last column means a stray delimiter shifted the row. Empty cells there
        // are a trailing delimiter, and a short row is how Excel saves empty last columns (a line
        // cut off before a key column still fails on it; one cut off before its value is read
        // like an empty cell: a template row without data, skipped and counted).
        const width = lastFilled(cells) + 1;
        if (width > columns) {
          bad.push({ line, row: { problem: { code: 'cells', got: width, expected: columns } } });
          return;
        }
        try {
          sink.beginRow(cells, width);
          importer.row(new RowReader(header, cells, mark, commaDecimals ? (column, raw, value) => sink.commaDecimal(line, column, raw, value) : undefined), sink, prepared, context);
        } catch (error) {
          if (!(error instanceof CellError)) throw error;
          bad.push({ line, row: { problem: error.problem, ...(error.column === undefined ? {} : { column: error.column }) } });
        }
      },
      // Progress over the whole file, not per table (a GA4 file may hold several).
      options.onProgress && ((f) => options.onProgress!((preamble.bodyOffset + f * (preamble.bodyEnd - preamble.bodyOffset)) / Math.max(1, text.length))),
    );
  } catch (error) {
    if (error instanceof UnterminatedQuoteError) throw new ImportError({ code: 'unterminatedQuote', line: error.line }, fileName);
    throw error;
  }
  return last ? { rows, last } : { rows };
}

function lastFilled(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.trim() !== '') return i;
  return -1;
}

/**
 * The importer's KPI columns the header lacks, by the first name exports give them. A name ending
 * in " …" stands for a family of columns that share its start (Facebook's "Negative feedback from
 * users: …", one column per kind).
 */
function missingMetricColumns(importer: Importer, header: HeaderIndex): string[] {
  const present = (name: string) => (name.endsWith(' …') ? header.startingWith(name.slice(0, -2)).length > 0 : header.has(name));
  return (importer.metrics ?? []).filter((column) => !column.some(present)).map((column) => column[0]);
}
