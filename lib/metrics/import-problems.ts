/**
 * What can be wrong with an imported file, as data: the errors carry a problem (a code and its
 * facts), and lib/metrics/import-messages.ts words it in English or Bokmål. The English text is
 * also each error's `message`, which the CLI prints and scripts may match.
 */
import type { ImportKind } from './types';

/** A cell (or a whole row, for `quotes`) that cannot be read. */
export type CellProblem =
  | { code: 'number'; got: string }
  | { code: 'dateTime'; got: string; isoOnly?: true }
  | { code: 'date'; got: string }
  | { code: 'oneOf'; values: readonly string[]; got: string }
  | { code: 'empty' }
  | { code: 'noNumber' }
  /** Two rows of one file with one post ID and different publish times: rounded IDs, most likely. */
  | { code: 'duplicatePost'; id: string }
  /** A post ID a spreadsheet turned into a rounded number ("1,80456E+16"). */
  | { code: 'idAsNumber'; got: string }
  /** A count below zero. */
  | { code: 'count'; got: number }
  /** A rate that is no fraction of 0–1 or percentage ("140 %", "-0.2"), as the file wrote it. */
  | { code: 'rate'; got: string }
  /** A count with decimals ("1,5" followers), as the file wrote it. */
  | { code: 'wholeCount'; got: string }
  /** A row with a value past the header's last column (a stray delimiter shifted it). */
  | { code: 'cells'; got: number; expected: number }
  /** papaparse: a quote inside an unquoted field, or text after a closing quote. */
  | { code: 'quotes' }
  /** Any other complaint of the CSV parser, in its own (English) words. */
  | { code: 'parser'; detail: string };

/** A row's problem: in which column, when a column is to blame. */
export interface RowProblem {
  column?: string;
  problem: CellProblem;
}

export type ImportProblem =
  | { code: 'spreadsheet'; kind: 'zip' | 'ole' }
  /** A PDF, an image or other binary data picked instead of the CSV. */
  | { code: 'notText'; kind: 'pdf' | 'image' | 'binary' }
  | { code: 'empty' }
  | { code: 'missingColumns'; format: ImportKind; headerLine: number; missing: readonly string[] }
  /** A Meta Ads Manager report: not a format Brandline reads; its figures go in the campaign results template. */
  | { code: 'adsManager'; headerLine: number }
  /** `localized`: the header's names look Norwegian (an export in the platform's Norwegian interface). */
  | { code: 'unknownHeader'; headerLine: number; shown: readonly string[]; more: boolean; formats: readonly { kind: ImportKind; required: readonly string[] }[]; localized?: boolean }
  | { code: 'unterminatedQuote'; line: number }
  | { code: 'noRows'; headerLine: number }
  /** The first bad row in full; the lines of the others. */
  | { code: 'badRows'; line: number; row: RowProblem; others: readonly number[] }
  | { code: 'ga4NoDates'; headerLine: number }
  /** A second table in the file (a GA4 download with reports appended) of another kind than the first. */
  | { code: 'otherTable'; headerLine: number; format: ImportKind; first: ImportKind }
  | { code: 'ga4BadRange'; start: string; end: string; problem: CellProblem };
