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

const GROUPED_COMMA = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const GROUPED_SPACE = /^[+-]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/;
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** "1,234" → 1234, "62.5%" → 0.625, "-" → undefined. */
export function parseNumber(raw: string): number | undefined {
  let text = raw.trim();
  if (isNoData(text)) return undefined;
  let scale = 1;
  if (text.endsWith('%')) {
    text = text.slice(0, -1).trim();
    scale = 0.01;
  }
  let normal: string | undefined;
  if (PLAIN.test(text)) normal = text;
  else if (GROUPED_COMMA.test(text)) normal = text.replace(/,/g, '');
  else if (GROUPED_SPACE.test(text)) normal = text.replace(/[ \u00a0\u202f]/g, '').replace(',', '.');
  if (normal === undefined) throw new CellError({ code: 'number', got: raw.trim() });
  return Number(normal) * scale;
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

function dateParts(raw: string): Parts | undefined {
  const text = raw.trim();
  let m = ISO_LIKE.exec(text);
  if (m) return { y: +m[1]!, m: +m[2]!, d: +m[3]!, hh: +(m[4] ?? 0), mm: +(m[5] ?? 0), ss: +(m[6] ?? 0), offset: offsetMinutes(m[7]) };
  m = US.exec(text);
  if (m) {
    let hh = +(m[4] ?? 0);
    const half = m[7]?.toUpperCase();
    if (half === 'PM' && hh < 12) hh += 12;
    if (half === 'AM' && hh === 12) hh = 0;
    return { y: +m[3]!, m: +m[1]!, d: +m[2]!, hh, mm: +(m[5] ?? 0), ss: +(m[6] ?? 0) };
  }
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
export function parseInstant(raw: string): string {
  const p = dateParts(raw);
  if (!p || !validParts(p)) throw new CellError({ code: 'dateTime', got: raw.trim() });
  const ms = Date.UTC(p.y, p.m - 1, p.d, p.hh, p.mm, p.ss) - (p.offset ?? 0) * 60_000;
  return new Date(ms).toISOString();
}

/** A calendar date → YYYY-MM-DD (the day as written; a time of day is ignored). */
export function parseDay(raw: string): string {
  const p = dateParts(raw);
  if (!p || !validParts(p)) throw new CellError({ code: 'date', got: raw.trim() });
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}
