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

/**
 * Finds the header row: after an optional `sep=` line (Excel), `#` comment lines (GA4) and blank
 * lines. Returns undefined when the file has no header row at all.
 */
export function readPreamble(text: string): CsvPreamble | undefined {
  let offset = 0;
  let line = 0;
  let delimiter: string | undefined;
  const comments = new Map<string, string>();
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline;
    const raw = text.slice(offset, end).replace(/\r$/, '');
    line += 1;
    const next = newline === -1 ? text.length : newline + 1;
    const trimmed = raw.trim();
    const sep = /^"?sep=(.)"?$/i.exec(trimmed);
    if (line === 1 && sep) {
      delimiter = sep[1];
    } else if (trimmed.startsWith('#')) {
      const kv = /^#\s*([^:]+?)\s*:\s*(.*)$/.exec(trimmed);
      if (kv) comments.set(kv[1]!.toLowerCase(), kv[2]!.trim());
    } else if (trimmed !== '' && !/^[,;\t]+$/.test(trimmed)) {
      delimiter ??= DELIMITERS.map((d) => [d, countOutsideQuotes(raw, d)] as const).sort((a, b) => b[1] - a[1])[0]![0];
      const parsed = Papa.parse<string[]>(raw, { delimiter, header: false });
      const header = (parsed.data[0] ?? []).map((h) => h.trim());
      return { delimiter, comments, headerLine: line, header, bodyOffset: next };
    }
    offset = next;
  }
  return undefined;
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

/** Streams the rows after the header to `onRow`, skipping blank lines and `#` comment lines. */
export function readRows(text: string, preamble: CsvPreamble, onRow: (row: CsvRow) => void, onProgress?: (fraction: number) => void): Promise<void> {
  const body = text.slice(preamble.bodyOffset);
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
        // Every line, blank or comment, comes through as a row, so this row starts right where
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
        if (!blank && !(cells[0] ?? '').trimStart().startsWith('#')) {
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
