/**
 * Collects the records of one file, keyed like the store keys them. Rows that share a record key
 * but differ in another column are parts of one record and are added up: GA4 rows that differ
 * only by medium ("facebook / social", "facebook / referral"), campaign rows of one campaign and
 * day split by ad set or ad. A row repeated cell for cell (an export appended to itself,
 * overlapping days pasted twice) counts once. A post is one row (its ID), and a follower count is
 * a level, not a sum: of two counts for one channel and day, the later row is the count.
 */
import { sumDefined } from '../accumulators';
import { CellError } from '../import-error';
import { campaignResultKey, keyText, postKey, sessionKey, snapshotKey } from '../record-keys';
import type { AccountSnapshot, CampaignResult, MetricsData, PostMetrics, WebSession } from '../types';

const identityOf = (row: { cells: readonly string[]; width: number }) => row.cells.slice(0, row.width).map((c) => c.trim()).join('\u0000');

export class RecordSink {
  private readonly snapshots = new Map<string, AccountSnapshot>();
  private readonly posts = new Map<string, PostMetrics>();
  private readonly sessions = new Map<string, WebSession>();
  private readonly campaignResults = new Map<string, CampaignResult>();
  /** The rows added into each summed record, cell for cell; kept only for records that add up. */
  private readonly rowsOf = new Map<string, Set<string>>();
  private row: { cells: readonly string[]; width: number } | undefined;
  /** Rows skipped as repeats of a row already added (shown to the user: a silent merge would hide data). */
  repeated = 0;

  /** Which table of the file each summed record came from (a GA4 file may hold several downloads). */
  private readonly tableOf = new Map<string, number>();
  private table = 0;

  /**
   * The rows that follow come from the next table of the file. Rows add up only within a table:
   * two GA4 downloads appended to one file overlap by a day or two, and GA4 revises recent days,
   * so the later download's record replaces the earlier one's, as importing it again would.
   */
  beginTable(): void {
    this.table += 1;
  }

  /** The row the next record comes from (importMetricsFile calls it before each row). */
  beginRow(cells: readonly string[], width: number): void {
    this.row = { cells, width };
  }

  /**
   * False when this row, cell for cell, was already added into the record with this key. A record
   * given without its row (no beginRow) is always added.
   */
  private firstTime(key: string): boolean {
    const row = this.row;
    this.row = undefined;
    // Web sessions first seen in this table: an earlier table's record for the key (an earlier GA4
    // download) is replaced, not added to; one repeated cell for cell is counted as a repeat.
    // Campaign rows add up across tables too (a template split into blocks by rule lines).
    if (key.startsWith('s') && this.tableOf.get(key) !== this.table) {
      const earlier = this.tableOf.has(key);
      this.tableOf.set(key, this.table);
      if (earlier) {
        if (row && this.rowsOf.get(key)?.has(identityOf(row))) this.repeated += 1;
        this.rowsOf.delete(key);
        this.sessions.delete(key.slice(1));
      }
    }
    if (!row) return true;
    const identity = identityOf(row);
    const rows = this.rowsOf.get(key);
    if (!rows) {
      this.rowsOf.set(key, new Set([identity]));
      return true;
    }
    if (rows.has(identity)) {
      this.repeated += 1;
      return false;
    }
    rows.add(identity);
    return true;
  }

  snapshot(record: AccountSnapshot): void {
    this.snapshots.set(keyText(snapshotKey(record)), record);
  }

  post(record: PostMetrics): void {
    const key = keyText(postKey(record));
    // A repeated row counts once; the same ID published at another time is two posts made one
    // (a spreadsheet rounding 17-digit IDs to 15 significant digits does exactly that).
    const seen = this.posts.get(key);
    if (seen && seen.publishedAt !== record.publishedAt) throw new CellError({ code: 'duplicatePost', id: record.postId });
    this.posts.set(key, record);
  }

  session(input: WebSession): void {
    // Sources are compared without case everywhere (attribution, this file's merge, the store's
    // key): stored in lower case once, "Instagram" and "instagram" are one record in every place.
    const record = { ...input, source: input.source.toLowerCase() };
    const key = keyText(sessionKey(record));
    if (!this.firstTime(`s${key}`)) return;
    const seen = this.sessions.get(key);
    if (!seen) {
      this.sessions.set(key, record);
      return;
    }
    const merged: WebSession = { ...seen, sessions: seen.sessions + record.sessions };
    for (const field of ['engagedSessions', 'bounces', 'conversions', 'revenue'] as const) {
      const total = sumDefined([seen[field], record[field]]);
      if (total === undefined) delete merged[field];
      else merged[field] = total;
    }
    this.sessions.set(key, merged);
  }

  campaignResult(record: CampaignResult): void {
    const key = keyText(campaignResultKey(record));
    if (!this.firstTime(`c${key}`)) return;
    const seen = this.campaignResults.get(key);
    if (!seen) {
      this.campaignResults.set(key, record);
      return;
    }
    const merged: CampaignResult = { ...seen, spend: seen.spend + record.spend };
    for (const field of ['clicks', 'conversions', 'revenue'] as const) {
      const total = sumDefined([seen[field], record[field]]);
      if (total === undefined) delete merged[field];
      else merged[field] = total;
    }
    this.campaignResults.set(key, merged);
  }

  data(): MetricsData {
    return {
      snapshots: [...this.snapshots.values()],
      posts: [...this.posts.values()],
      sessions: [...this.sessions.values()],
      campaignResults: [...this.campaignResults.values()],
    };
  }
}

/** Drops undefined fields so records stay plain JSON with absent (not undefined) values. */
export function compact<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}
