/**
 * What every importer is: the header columns it needs and may use (each column with the names
 * exports give it), and a function from one row to records. Detection, decoding, line numbers and
 * bad rows are handled once, in ../import.ts.
 */
import type { Plan } from '../../plan/types';
import type { ImportKind } from '../types';
import type { RecordSink } from './sink';
import type { RowReader } from './row-reader';

/** One column and the header names exports use for it (first = the name shown in messages). */
export type Column = readonly [string, ...string[]];

export interface ImportContext {
  plan?: Plan;
  /** `# Key: value` lines above the header, keys lower-cased (GA4). */
  comments: Map<string, string>;
  header: string[];
  headerLine: number;
}

export interface Importer<Prepared = unknown> {
  kind: ImportKind;
  required: readonly Column[];
  optional: readonly Column[];
  /**
   * Optional columns a KPI is computed from (reach, saves, clicks…): a trimmed export without one
   * still imports, and the import says which are missing, since the KPIs then mean less (QA36).
   */
  metrics?: readonly Column[];
  /** Reads what the whole file shares (GA4 date range); throws ImportError when it is unusable. */
  prepare?(context: ImportContext): Prepared;
  /** Adds the records of one row to `sink`; throws CellError for a bad cell. */
  row(row: RowReader, sink: RecordSink, prepared: Prepared, context: ImportContext): void;
}

export const normalizeHeader = (name: string): string => name.replace(/[\u200b\ufeff]/g, '').trim().replace(/\s+/g, ' ').toLowerCase();
