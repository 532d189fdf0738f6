/**
 * CSV reading with physical line numbers and without freezing a page: papaparse parses row by
 * row, and every few thousand rows we pause, report progress and let the event loop breathe.
 */
import { importProblemText } from './import-messages';
import type { CellProblem } from './import-problems';
import Papa from 'papaparse';

export interface CsvPreamble {
  delimiter: string;
  /** `# Key: value` comment lines above the header (GA4), keys lower-cased. */
  comments: Map<string, string>;
  /** Physical line (1-based) of the header row. */
  headerLine: number;
  header: string[];
  /** Offset in the text where the rows after the header start. */
  bodyOffset: number;
  /**
   * Offset where the table ends: the end of the text, or in a GA4 download, where the blank or
   * `#` lines before its next table start (see readPreamble).
   */
  bodyEnd: number;
  /** The physical line just before `bodyEnd` (where a next table's line count starts); -1 at the end of the text. */
  bodyEndLine: number;
}

const DELIMITERS = [',', ';', '\t'];

function countOutsideQuotes(line: string, char: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) n += 1;
  }
  return n;
}

const cellsOf = (raw: string, delimiter: string) => (Papa.parse<string[]>(raw, { delimiter, header: false }).data[0] ?? []).map((h) => h.trim());

/** Lines of `text` from `offset`: each line's start, end (before its newline) and the next line's start. */
function* linesFrom(text: string, offset: number): Generator<{ start: number; raw: string; next: number }> {
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + 1;
    yield { start: offset, raw: text.slice(offset, end).replace(/\r$/, ''), next };
    offset = next;
  }
}

/** Whether a quoted field is still open at the end of `raw`, given whether one was at its start ("" is a quote inside one). */
function quoteOpenAfter(raw: string, open: boolean): boolean {
  for (let i = raw.indexOf('"'); i !== -1; i = raw.indexOf('"', i + 1)) open = !open;
  return open;
}

/**
 * A GA4 download's own `#` lines, exactly as GA4 writes them: a rule of dashes alone on its line,
 * and "# Start date: 20270101" (a note someone wrote above a template is not one).
 */
const isGa4Comment = (trimmed: string) => /^#\s*-{10,}\s*$/.test(trimmed) || /^#\s*(?:start|end) date\s*:\s*\d{8}\s*$/i.test(trimmed);
/** A `#` line as GA4 wrote it: Excel, saving the file again, pads short rows with delimiters ("# Start date: 20270101,,,,"). */
const unpadded = (trimmed: string) => trimmed.replace(/^"(#.*)"$/, '$1').replace(/[,;\t]+$/, '').trimEnd();
const looksLikeRow = (raw: string, delimiter: string, width: number) => {
  if (!/\d/.test(raw)) return false;
  const cells = cellsOf(raw, delimiter);
  return cells.length === width && cells.slice(1).some((c) => c !== '');
};

/** The text before the first delimiter (quotes kept: only digits are looked for). */
const firstCell = (raw: string, delimiter: string) => {
  const at = raw.indexOf(delimiter);
  return at < 0 ? raw : raw.slice(0, at);
};
const isBlankRow = (trimmed: string) => trimmed === '' || /^[,;\t]+$/.test(trimmed);

export interface PreambleOptions {
  /** Where to start looking (a later table of the same file), and the physical line before it. */
  from?: { offset: number; line: number; comments: Map<string, string>; delimiter: string };
  /** Whether a row is the header of a table Brandline reads (ends a table in a GA4 download). */
  isHeader?: (cells: string[]) => boolean;
}

/**
 * Finds the header row: after an optional `sep=` line (Excel), `#` comment lines (GA4, or a note
 * someone wrote above a template) and blank lines. Returns undefined when the file has no header
 * row at all.
 *
 * A GA4 download (a file with GA4's own `#` lines above its header) may hold more than one table:
 * the chart's "Nth day" series and the report, or two reports appended. Its table ends at blank or
 * `#` lines followed by another table's header: a known header, GA4's "Nth …" series, or a row
 * without a digit of another width than this header (data rows always hold a number or a date).
 * Anything else after blank or `#` lines stays in the table, to be read or refused, never dropped.
 * `from` looks for the next table. In any other file `#` is data (campaign names are often
 * hashtags) and blank lines are skipped.
 */
export function readPreamble(text: string, options: PreambleOptions = {}): CsvPreamble | undefined {
  let line = options.from?.line ?? 0;
  let delimiter: string | undefined = options.from?.delimiter;
  const comments = new Map(options.from?.comments);
  let ga4 = options.from !== undefined;
  for (const { raw, next } of linesFrom(text, options.from?.offset ?? 0)) {
    line += 1;
    const trimmed = raw.trim();
    const sep = /^"?sep=(.)"?$/i.exec(trimmed);
    if (line === 1 && sep) {
      delimiter = sep[1];
    } else if (trimmed.startsWith('#') || trimmed.startsWith('"#')) {
      const comment = unpadded(trimmed);
      ga4 ||= isGa4Comment(comment);
      const kv = /^#\s*([^:]+?)\s*:\s*(.*)$/.exec(comment);
      if (kv) comments.set(kv[1]!.toLowerCase(), kv[2]!.trim());
    } else if (!isBlankRow(trimmed)) {
      delimiter ??= DELIMITERS.map((d) => [d, countOutsideQuotes(raw, d)] as const).sort((a, b) => b[1] - a[1])[0]![0];
      const header = cellsOf(raw, delimiter);
      const end = ga4 ? tableEnd(text, next, line, delimiter, header.length, options.isHeader) : { offset: text.length, line: -1 };
      return { delimiter, comments, headerLine: line, header, bodyOffset: next, bodyEnd: end.offset, bodyEndLine: end.line };
    }
  }
  return undefined;
}

/** Where a table of a GA4 download ends (see readPreamble), and the physical line before that point. */
function tableEnd(text: string, offset: number, headerLine: number, delimiter: string, width: number, isHeader?: (cells: string[]) => boolean): { offset: number; line: number } {
  let gap: { offset: number; line: number; comment: boolean } | undefined;
  let line = headerLine;
  let quoted = false;
  for (const { start, raw } of linesFrom(text, offset)) {
    line += 1;
    const inCell = quoted;
    quoted = quoteOpenAfter(raw, quoted);
    // A line that starts inside a quoted field (a caption's second line) is part of its row.
    if (inCell) continue;
    const trimmed = raw.trim();
    // A `#` line with the header's cells, a number, and a value past its first cell is a row
    // ("#NordlysWinter,…,400"); GA4's own lines are comments even when Excel padded them ("# Start date: 20270108,,").
    const comment = trimmed.startsWith('#') && (isGa4Comment(unpadded(trimmed)) || !looksLikeRow(raw, delimiter, width));
    if (isBlankRow(trimmed) || comment) {
      gap ??= { offset: start, line: line - 1, comment: false };
      gap.comment ||= comment;
      continue;
    }
    // After a gap, a header: one Brandline knows, GA4's "Nth …" series, or a row without a digit of
    // another width. Data rows start with a date or a number only in the series, so a line whose
    // first cell has a digit is read as a row without parsing it (a parse per row would be slow).
    if (gap && !/\d/.test(firstCell(raw, delimiter))) {
      const cells = cellsOf(raw, delimiter);
      // After `#` lines (GA4 heads each download with them) any row without a digit is a header.
      if (/^nth\s/i.test(cells[0] ?? '') || (!/\d/.test(raw) && (gap.comment || cells.length !== width)) || isHeader?.(cells)) return gap;
    }
    gap = undefined;
  }
  // Blank or `#` lines at the end close the table.
  return gap ?? { offset: text.length, line };
}

export interface CsvRow {
  cells: string[];
  /** Physical line (1-based) where the row starts. */
  line: number;
  /** A parser complaint about this row (bad quoting), if any. */
  problem?: CellProblem;
}

export class UnterminatedQuoteError extends Error {
  constructor(readonly line: number) {
    super(importProblemText('en', { code: 'unterminatedQuote', line }));
  }
}

const ROWS_PER_SLICE = 2000;

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Streams the rows of the table after the header to `onRow`, skipping blank lines. */
export function readRows(text: string, preamble: CsvPreamble, onRow: (row: CsvRow) => void, onProgress?: (fraction: number) => void): Promise<void> {
  const body = text.slice(preamble.bodyOffset, preamble.bodyEnd);
  const baseLine = preamble.headerLine + 1;
  let counted = 0;
  let newlines = 0;
  let rows = 0;
  // papaparse restarts its cursor at 0 after resume(), counting from where it paused.
  let resumedAt = 0;
  let lastCursor = 0;
  return new Promise((resolve, reject) => {
    let failed = false;
    Papa.parse<string[]>(body, {
      delimiter: preamble.delimiter,
      header: false,
      skipEmptyLines: false,
      step(result, parser) {
        if (failed) return;
        // Every line, blank or not, comes through as a row, so this row starts right where
        // the previous one ended: its line is one more than the newlines before that point.
        const start = lastCursor;
        for (let i = counted; i < start; i++) if (body.charCodeAt(i) === 10) newlines += 1;
        counted = start;
        const line = baseLine + newlines;
        const cursor = resumedAt + result.meta.cursor;
        lastCursor = cursor;
        const cells = result.data;
        const missingQuote = result.errors.find((e) => e.code === 'MissingQuotes');
        if (missingQuote) {
          failed = true;
          parser.abort();
          reject(new UnterminatedQuoteError(line));
          return;
        }
        const blank = cells.every((c) => c.trim() === '');
        if (!blank) {
          const error = result.errors[0];
          // With header: false and the delimiter known, papaparse only complains about quotes.
          const problem: CellProblem | undefined = !error ? undefined : error.type === 'Quotes' ? { code: 'quotes' } : { code: 'parser', detail: error.message };
          onRow(problem ? { cells, line, problem } : { cells, line });
        }
        rows += 1;
        if (rows % ROWS_PER_SLICE === 0) {
          parser.pause();
          resumedAt = lastCursor;
          onProgress?.(cursor / Math.max(1, body.length));
          void tick().then(() => parser.resume());
        }
      },
      complete() {
        if (failed) return;
        onProgress?.(1);
        resolve();
      },
      error(error: Error) {
        failed = true;
        reject(error);
      },
    });
  });
}
