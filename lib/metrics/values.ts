/**
 * Cell values of real exports: thousands separators, `-` for no data, percentages, and the date
 * formats X, Meta and GA4 write. A cell that cannot be read throws CellError naming what it got.
 */
import { isIsoDate } from './dates';
import { CellError } from './import-error';

/** Cells that mean "no data" rather than zero. */
const NO_DATA = new Set(['', '-', '—', '–', 'n/a', 'na', '--', '(not set)']);

export function isNoData(raw: string): boolean {
  return NO_DATA.has(raw.trim().toLowerCase());
}

/** The decimal mark of a file: decides only numbers that read both ways ("1,500", "1.500"). */
export type DecimalMark = '.' | ',';

/** "1,234" / "1,234.5": comma groups, point decimals (first group never 0: "0,125" is no grouping). */
const COMMA_GROUPED = /^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;
/** "1.234" / "1.234,5": point groups, comma decimals. */
const POINT_GROUPED = /^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/;
/** "1 234" / "1 234,5" (spaces, NBSP, narrow NBSP: Norwegian and French Excel). */
const SPACE_GROUPED = /^[+-]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/;
const PLAIN_POINT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const PLAIN_COMMA = /^[+-]?(\d+,\d+|,\d+)$/;
/** One group of three after one separator: "1,500" and "1.500" are a thousands or a decimal. */
const AMBIGUOUS = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;

/**
 * "1,234" → 1234, "62.5%" → 0.625, "487,50" → 487.5, "-" → undefined. A number that reads both
 * ways ("1,500": 1500 in an English export, 1.5 in a Norwegian one) follows the file's decimal mark
 * (decimalMarkOf), unless it is a `count`, which is whole; every other form has one reading
 * whatever the file.
 */
export function parseNumber(raw: string, mark: DecimalMark = '.', count = false): number | undefined {
  let text = raw.trim();
  if (isNoData(text)) return undefined;
  let scale = 1;
  if (text.endsWith('%')) {
    text = text.slice(0, -1).trim();
    scale = 0.01;
  }
  let normal: string | undefined;
  if (AMBIGUOUS.test(text)) {
    const separator = text.includes(',') ? ',' : '.';
    // A count is whole: "1,500" followers are fifteen hundred, whatever the file's decimal mark.
    normal = separator === mark && !count ? text.replace(',', '.') : text.replace(separator, '');
  } else if (PLAIN_POINT.test(text)) normal = text;
  else if (PLAIN_COMMA.test(text)) normal = text.replace(',', '.');
  else if (COMMA_GROUPED.test(text)) normal = text.replace(/,/g, '');
  else if (POINT_GROUPED.test(text)) normal = text.replace(/\./g, '').replace(',', '.');
  else if (SPACE_GROUPED.test(text)) normal = text.replace(/[ \u00a0\u202f]/g, '').replace(',', '.');
  // "1e400" is a number to JavaScript too (Infinity): one cell would wipe a channel's revenue and ROAS.
  const value = normal === undefined ? NaN : Number(normal) * scale;
  if (!Number.isFinite(value)) throw new CellError({ code: 'number', got: raw.trim() });
  return value;
}

/**
 * Whether parseNumber reads `raw` as a decimal though it reads as a whole thousands too: "1,500"
 * where the file's mark is a comma. Said by the import in a comma-separated file, where a comma
 * decimal is the odd one out: one hand-typed "12,50" made every "1,500" of the file 1.5 (QA29).
 */
export function readAsCommaDecimal(raw: string, mark: DecimalMark, count: boolean): boolean {
  const text = raw.trim().replace(/\s*%$/, '');
  return mark === ',' && !count && AMBIGUOUS.test(text) && text.includes(',');
}

/** The decimal mark a number shows unambiguously ("487,50", "1 234.5"), if it shows one. */
function markShown(text: string): DecimalMark | undefined {
  if (AMBIGUOUS.test(text)) return undefined;
  if (PLAIN_COMMA.test(text)) return ',';
  if (PLAIN_POINT.test(text)) return text.includes('.') ? '.' : undefined;
  if (COMMA_GROUPED.test(text)) return text.includes('.') ? '.' : undefined;
  if (POINT_GROUPED.test(text)) return text.includes(',') ? ',' : undefined;
  if (SPACE_GROUPED.test(text)) return /[.,]/.exec(text)?.[0] as DecimalMark | undefined;
  return undefined;
}

/** A line's cells, quotes kept ("1,500" in a comma-separated file is one cell); evidence only. */
function cellsOf(line: string, delimiter: string): string[] {
  if (!line.includes('"')) return line.split(delimiter);
  const cells: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) {
      cells.push(line.slice(start, i));
      start = i + 1;
    }
  }
  cells.push(line.slice(start));
  return cells;
}

/** Lines looked at for the decimal mark: the evidence is in the first rows of any real export. */
const MARK_LINES = 5000;

/**
 * The decimal mark of a file's rows: the one its unambiguous numbers use ("487,50" → comma,
 * "14.29%" → point). With no evidence, or both, the delimiter decides: Excel writes `;` exactly
 * where the comma is the decimal mark (Norwegian and other European settings).
 */
export function decimalMarkOf(rows: string, delimiter: string): DecimalMark {
  let comma = false;
  let point = false;
  let offset = 0;
  for (let line = 0; line < MARK_LINES && offset < rows.length && !(comma && point); line++) {
    const newline = rows.indexOf('\n', offset);
    const end = newline === -1 ? rows.length : newline;
    for (const cell of cellsOf(rows.slice(offset, end), delimiter)) {
      let text = cell.trim();
      if (text.length < 3 || !/\d[.,]\d/.test(text)) continue;
      if (text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).trim();
      if (text.endsWith('%')) text = text.slice(0, -1).trim();
      const shown = markShown(text);
      if (shown === ',') comma = true;
      else if (shown === '.') point = true;
    }
    offset = end + 1;
  }
  if (comma !== point) return comma ? ',' : '.';
  return delimiter === ';' ? ',' : '.';
}

const pad = (n: number) => String(n).padStart(2, '0');

interface Parts {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
  ss: number;
  /** Offset east of UTC in minutes; undefined = the export gave none (read as UTC). */
  offset?: number;
}

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/**
 * Day first with dots, as Excel saves an export on a Norwegian (or German…) computer:
 * "03.03.2027 07:30", "3.3.2027 kl. 07.30". Dots are never month first, so it is no guess (QA39).
 */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/i;
/** X's newer content export: "Tue, Jul 14, 2026". */
const MONTH_NAME = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function offsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return undefined;
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/**
 * Which date forms a file may use: every form the platforms write, or ISO 8601 only (Brandline's
 * own templates, SPEC §5: "dates YYYY-MM-DD"; there "01/02/2027" would be 2 January to an
 * American and 1 February to a Norwegian, so it is refused rather than guessed).
 */
export type DateForms = 'any' | 'iso';

function dateParts(raw: string, forms: DateForms): Parts | undefined {
  const text = raw.trim();
  let m = ISO_LIKE.exec(text);
  if (m) return { y: +m[1]!, m: +m[2]!, d: +m[3]!, hh: +(m[4] ?? 0), mm: +(m[5] ?? 0), ss: +(m[6] ?? 0), offset: offsetMinutes(m[7]) };
  if (forms === 'iso') return undefined;
  m = US.exec(text);
  if (m) {
    let hh = +(m[4] ?? 0);
    const half = m[7]?.toUpperCase();
    if (half === 'PM' && hh < 12) hh += 12;
    if (half === 'AM' && hh === 12) hh = 0;
    return { y: +m[3]!, m: +m[1]!, d: +m[2]!, hh, mm: +(m[5] ?? 0), ss: +(m[6] ?? 0) };
  }
  m = DOTTED.exec(text);
  if (m) return { y: +m[3]!, m: +m[2]!, d: +m[1]!, hh: +(m[4] ?? 0), mm: +(m[5] ?? 0), ss: +(m[6] ?? 0) };
  m = COMPACT.exec(text);
  if (m) return { y: +m[1]!, m: +m[2]!, d: +m[3]!, hh: 0, mm: 0, ss: 0 };
  m = MONTH_NAME.exec(text);
  const month = m ? MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1 : 0;
  if (m && month > 0) return { y: +m[3]!, m: month, d: +m[2]!, hh: 0, mm: 0, ss: 0 };
  return undefined;
}

function validParts(p: Parts): boolean {
  return isIsoDate(`${p.y}-${pad(p.m)}-${pad(p.d)}`) && p.hh < 24 && p.mm < 60 && p.ss < 60;
}

/** A publish time → ISO instant in UTC. Times without a zone are read as UTC. */
export function parseInstant(raw: string, forms: DateForms = 'any'): string {
  const p = dateParts(raw, forms);
  if (!p || !validParts(p)) throw new CellError({ code: 'dateTime', got: raw.trim(), ...(forms === 'iso' ? { isoOnly: true as const } : {}) });
  const ms = Date.UTC(p.y, p.m - 1, p.d, p.hh, p.mm, p.ss) - (p.offset ?? 0) * 60_000;
  return new Date(ms).toISOString();
}

/** A calendar date → YYYY-MM-DD (the day as written; a time of day is ignored). */
export function parseDay(raw: string, forms: DateForms = 'any'): string {
  const p = dateParts(raw, forms);
  if (!p || !validParts(p)) throw new CellError({ code: 'date', got: raw.trim() });
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}
