/**
 * Google Analytics 4 report export: `#` comment lines (property, `# Start date: 20270101`,
 * `# End date: 20270331`), then a table with `Session source / medium`, `Sessions`,
 * `Engaged sessions`, `Key events` (called `Conversions` before 2024), `Total revenue`, and
 * optionally `Date` and `Landing page + query string`; `Bounce rate` or `Engagement rate` stand
 * in for the counts when a file has no `Bounces` and no `Engaged sessions`.
 */
import { CellError, ImportError } from '../import-error';
import { isNoData, parseDay } from '../values';
import type { Importer } from './importer';
import { normalizeHeader } from './importer';
import { compact } from './sink';

const COLUMNS = {
  source: ['Session source / medium', 'Session source/medium', 'Session source'],
  sessions: ['Sessions'],
  date: ['Date'],
  landingPage: ['Landing page + query string', 'Landing page'],
  engaged: ['Engaged sessions'],
  bounces: ['Bounces'],
  bounceRate: ['Bounce rate'],
  engagementRate: ['Engagement rate'],
  conversions: ['Key events', 'Conversions'],
  revenue: ['Total revenue'],
} as const;

/** Summary rows some GA4 exports add below or above the table: not a traffic source. */
const TOTAL_ROWS = new Set(['grand total', 'total', 'totals']);

interface Prepared {
  /** Set when the table has no Date column: every row covers the export's whole range. */
  range?: { from: string; to: string };
}

export const ga4Importer: Importer<Prepared> = {
  kind: 'ga4',
  required: [COLUMNS.source, COLUMNS.sessions],
  optional: [COLUMNS.date, COLUMNS.landingPage, COLUMNS.engaged, COLUMNS.bounces, COLUMNS.bounceRate, COLUMNS.engagementRate, COLUMNS.conversions, COLUMNS.revenue],
  prepare({ header, comments, headerLine }) {
    const names = new Set(header.map(normalizeHeader));
    if (COLUMNS.date.some((c) => names.has(normalizeHeader(c)))) return {};
    const start = comments.get('start date');
    const end = comments.get('end date');
    if (!start || !end) {
      throw new ImportError({ code: 'ga4NoDates', headerLine });
    }
    try {
      return { range: { from: parseDay(start), to: parseDay(end) } };
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      throw new ImportError({ code: 'ga4BadRange', start, end, problem: error.problem });
    }
  },
  row(row, sink, prepared) {
    const raw = row.text(COLUMNS.source);
    // GA4 writes "(not set)" for traffic it could not attribute, and some totals rows have no
    // label: neither is a social source, so no KPI could ever count them.
    // Counted, so "3 rows read — new: 2" adds up (QA29).
    if (raw === undefined || isNoData(raw) || TOTAL_ROWS.has(raw.toLowerCase())) return sink.leftOut();
    const source = raw.split(' / ')[0]!.trim();
    const date = prepared.range ? prepared.range.from : row.day(COLUMNS.date);
    const sessions = row.requiredCount(COLUMNS.sessions);
    // GA4's reports offer "Bounce rate" and "Engagement rate" as columns, and an exploration may
    // hold only those (QA25): the counts they stand for, where the file gives no count. Rates are
    // rounded by GA4, so the count is rounded to whole sessions.
    const fromRate = (rate: number | undefined) => (rate === undefined ? undefined : Math.round(sessions * rate));
    let engagedSessions = row.count(COLUMNS.engaged);
    let bounces = row.count(COLUMNS.bounces);
    if (engagedSessions === undefined && bounces === undefined) {
      bounces = fromRate(row.rate(COLUMNS.bounceRate));
      if (bounces === undefined) engagedSessions = fromRate(row.rate(COLUMNS.engagementRate));
    }
    sink.session(
      compact({
        date,
        rangeEnd: prepared.range?.to,
        source,
        landingPage: row.text(COLUMNS.landingPage),
        sessions,
        engagedSessions,
        bounces,
        conversions: row.attributedCount(COLUMNS.conversions),
        revenue: row.number(COLUMNS.revenue),
      }),
    );
  },
};
