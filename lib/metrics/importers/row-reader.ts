/** Typed access to one CSV row by column name; errors name the column. */
import type { CellProblem } from '../import-problems';
import { CellError } from '../import-error';
import { isNoData, parseDay, parseInstant, parseNumber, readAsCommaDecimal, type DateForms, type DecimalMark } from '../values';
import { normalizeHeader, type Column } from './importer';

export class HeaderIndex {
  private readonly index = new Map<string, number>();
  /** Column specs are module constants, so their positions are looked up once per file. */
  private readonly found = new Map<Column, number>();
  private readonly prefixed = new Map<string, number[]>();
  constructor(readonly names: string[]) {
    names.forEach((name, i) => {
      const key = normalizeHeader(name);
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }
  /** Whether a column of this name is in the header. */
  has(name: string): boolean {
    return this.index.has(normalizeHeader(name));
  }
  /** Position of a column under any of its names, or -1. */
  find(column: Column): number {
    let position = this.found.get(column);
    if (position === undefined) {
      position = -1;
      for (const name of column) {
        const i = this.index.get(normalizeHeader(name));
        if (i !== undefined) {
          position = i;
          break;
        }
      }
      this.found.set(column, position);
    }
    return position;
  }
  /** Positions of every column whose header starts with `prefix`. */
  startingWith(prefix: string): number[] {
    let positions = this.prefixed.get(prefix);
    if (!positions) {
      const p = normalizeHeader(prefix);
      positions = this.names.flatMap((name, i) => (normalizeHeader(name).startsWith(p) ? [i] : []));
      this.prefixed.set(prefix, positions);
    }
    return positions;
  }
}

/** "1.80456E+16", "1,80456E+16", "1.8E16": how spreadsheets write a long number. */
const ID_AS_NUMBER = /^\d+([.,]\d+)?e\+?\d+$/i;

export class RowReader {
  constructor(
    private readonly header: HeaderIndex,
    readonly cells: string[],
    /** The file's decimal mark (decimalMarkOf): reads "1,500" as 1500 or 1.5. */
    private readonly mark: DecimalMark = '.',
    /** Told of each "1,500" read as 1.5 (readAsCommaDecimal), with its column as the file names it. */
    private readonly onCommaDecimal?: (column: string, raw: string, value: number) => void,
  ) {}

  private cell(column: Column): string | undefined {
    const i = this.header.find(column);
    return i === -1 ? undefined : (this.cells[i] ?? '');
  }

  /** Named as the file names it ("Session source", not our first alias "Session source / medium"). */
  private fail(column: Column | string, problem: CellProblem): never {
    if (typeof column === 'string') throw new CellError(problem, column);
    const i = this.header.find(column);
    throw new CellError(problem, (i === -1 ? undefined : this.header.names[i]?.trim()) || column[0]);
  }

  /** A value parser's CellError, said of `column`; anything else is a bug and goes on as it is. */
  private rethrow(column: Column | string, error: unknown): never {
    if (error instanceof CellError) this.fail(column, error.problem);
    throw error;
  }

  /** Trimmed text, or undefined when the cell is empty or the column absent. */
  text(column: Column): string | undefined {
    const value = this.cell(column)?.trim();
    return value ? value : undefined;
  }

  requiredText(column: Column): string {
    const value = this.text(column);
    if (value === undefined || isNoData(value)) this.fail(column, { code: 'empty' });
    return value;
  }

  /**
   * A post ID. Opened and saved in a spreadsheet, long numeric IDs come back in scientific
   * notation ("1,80456E+16"), rounded, so different posts share one ID and would silently count
   * as one: refused.
   */
  postId(column: Column): string {
    const value = this.requiredText(column);
    if (ID_AS_NUMBER.test(value)) this.fail(column, { code: 'idAsNumber', got: value });
    return value;
  }

  number(column: Column, count = false): number | undefined {
    const raw = this.cell(column);
    if (raw === undefined) return undefined;
    try {
      const value = parseNumber(raw, this.mark, count);
      if (this.onCommaDecimal && value !== undefined && readAsCommaDecimal(raw, this.mark, count)) {
        const i = this.header.find(column);
        this.onCommaDecimal((i === -1 ? undefined : this.header.names[i]?.trim()) || column[0], raw.trim(), value);
      }
      return value;
    } catch (error) {
      return this.rethrow(column, error);
    }
  }

  requiredNumber(column: Column): number {
    const value = this.number(column);
    if (value === undefined) this.fail(column, { code: 'noNumber' });
    return value;
  }

  /**
   * A count: a whole number that is not negative ("1,5" followers is a typo or a decimal mark the
   * file does not use, never one and a half people).
   */
  count(column: Column): number | undefined {
    const value = this.attributedCount(column);
    if (value !== undefined && !Number.isInteger(value)) this.fail(column, { code: 'wholeCount', got: this.cell(column)!.trim() });
    return value;
  }

  /**
   * Conversions: not negative, but decimals are allowed, since GA4 and ad platforms split one
   * conversion between the channels that led to it (data-driven attribution: "2.5").
   */
  attributedCount(column: Column): number | undefined {
    const value = this.number(column, true);
    if (value !== undefined && value < 0) this.fail(column, { code: 'count', got: value });
    return value;
  }

  /** A rate: a fraction from 0 to 1, written as one ("0.4") or as a percentage ("40%", "40 %"). */
  rate(column: Column): number | undefined {
    const value = this.number(column);
    if (value !== undefined && !(value >= 0 && value <= 1)) this.fail(column, { code: 'rate', got: this.cell(column)!.trim() });
    return value;
  }

  requiredCount(column: Column): number {
    const value = this.count(column);
    if (value === undefined) this.fail(column, { code: 'noNumber' });
    return value;
  }

  day(column: Column, forms: DateForms = 'any'): string {
    const raw = this.requiredText(column);
    try {
      return parseDay(raw, forms);
    } catch (error) {
      return this.rethrow(column, error);
    }
  }

  instant(column: Column, forms: DateForms = 'any'): string {
    const raw = this.requiredText(column);
    try {
      return parseInstant(raw, forms);
    } catch (error) {
      return this.rethrow(column, error);
    }
  }

  /** Sum of the counts in every column whose header starts with `prefix`; undefined without data. */
  sumStartingWith(prefix: string): number | undefined {
    let total: number | undefined;
    for (const i of this.header.startingWith(prefix)) {
      let value: number | undefined;
      try {
        value = parseNumber(this.cells[i] ?? '', this.mark, true);
      } catch (error) {
        this.rethrow(this.header.names[i] ?? prefix, error);
      }
      if (value !== undefined && !Number.isInteger(value)) this.fail(this.header.names[i] ?? prefix, { code: 'wholeCount', got: (this.cells[i] ?? '').trim() });
      if (value !== undefined) total = (total ?? 0) + value;
    }
    return total;
  }
}
