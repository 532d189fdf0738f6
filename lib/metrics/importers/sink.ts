/**
 * Collects the records of one file, keyed like the store keys them. Rows that share a record key
 * but differ in another column are parts of one record and are added up: GA4 rows that differ
 * only by medium ("facebook / social", "facebook / referral"), campaign rows of one campaign and
 * day split by ad set or ad (record-parts.ts keeps every ratio as the rows give it). A row repeated cell for cell (an export appended to itself,
 * overlapping days pasted twice) counts once. A post is one row (its ID), and a follower count is
 * a level, not a sum: of two counts for one channel and day, the later row is the count.
 */
import { CellError } from '../import-error';
import { mergeCampaignParts, mergeSessionParts } from '../record-parts';
import { campaignResultKey, keyText, postKey, sessionKey, snapshotKey } from '../record-keys';
import type { AccountSnapshot, CampaignResult, MetricsData, PostMetrics, WebSession } from '../types';

/** Records made of rows: the rows (cell for cell) of each record, and the parts they gave. */
class SummedRecords<T extends object> {
  private readonly parts = new Map<string, T[]>();
  private readonly rowsOf = new Map<string, Set<string>>();
  private readonly tableOf = new Map<string, number>();

  constructor(
    /** Adds up the parts of one record (record-parts.ts). */
    private readonly merge: (parts: readonly T[]) => T,
    /** A later table's record replaces an earlier table's instead of adding to it (GA4 downloads). */
    private readonly replaceAcrossTables: boolean,
  ) {}

  /** Adds a record; returns false when its row (cell for cell) was already added into it. */
  add(key: string, record: T, row: string | undefined, table: number): boolean {
    if (this.replaceAcrossTables && this.tableOf.get(key) !== table) {
      const earlier = this.tableOf.has(key);
      this.tableOf.set(key, table);
      if (earlier) {
        const repeat = row !== undefined && !!this.rowsOf.get(key)?.has(row);
        this.rowsOf.delete(key);
        this.parts.set(key, [record]);
        if (row !== undefined) this.rowsOf.set(key, new Set([row]));
        return !repeat;
      }
    }
    if (row !== undefined) {
      const rows = this.rowsOf.get(key);
      if (rows?.has(row)) return false;
      if (rows) rows.add(row);
      else this.rowsOf.set(key, new Set([row]));
    }
    const seen = this.parts.get(key);
    if (seen) seen.push(record);
    else this.parts.set(key, [record]);
    return true;
  }

  records(): T[] {
    return [...this.parts.values()].map(this.merge);
  }
}

export class RecordSink {
  private readonly snapshots = new Map<string, AccountSnapshot>();
  private readonly posts = new Map<string, PostMetrics>();
  // Two GA4 downloads appended to one file overlap by a day or two, and GA4 revises recent days:
  // the later download's record replaces the earlier one's, as importing it again would. Campaign
  // rows add up across tables (a template split into blocks by rule lines).
  private readonly sessions = new SummedRecords<WebSession>(mergeSessionParts, true);
  private readonly campaignResults = new SummedRecords<CampaignResult>(mergeCampaignParts, false);
  private row: { cells: readonly string[]; width: number } | undefined;
  private table = 0;
  /** Rows skipped as repeats of a row already added (shown to the user: a silent merge would hide data). */
  repeated = 0;
  /** IDs of posts given on several rows with different numbers (the last row is kept, and said). */
  readonly differing = new Set<string>();
  /** Channel days given on several rows with different follower counts (the last row is kept, and said). */
  readonly differingDays = new Set<string>();
  /** Template rows with no data (an empty followers, sessions or spend cell and no other number): skipped, and said. */
  empty = 0;

  /** Numbers like "1,500" read as 1.5 (a comma decimal in a comma-separated file): the first, and how many. */
  commaDecimals: { line: number; column: string; raw: string; read: number; count: number } | undefined;

  commaDecimal(line: number, column: string, raw: string, read: number): void {
    if (this.commaDecimals) this.commaDecimals.count += 1;
    else this.commaDecimals = { line, column, raw, read, count: 1 };
  }

  /** GA4 rows that are totals or traffic GA4 could not attribute: no KPI counts them. */
  leftOutRows = 0;

  leftOut(): void {
    this.row = undefined;
    this.leftOutRows += 1;
  }

  /** The current row holds no data: it is skipped, and counted so the import can say so. */
  noData(): void {
    this.row = undefined;
    this.empty += 1;
  }

  /** The rows that follow come from the next table of the file. */
  beginTable(): void {
    this.table += 1;
  }

  /** The row the next record comes from (importMetricsFile calls it before each row). */
  beginRow(cells: readonly string[], width: number): void {
    this.row = { cells, width };
  }

  /**
   * The current row's text, once (built only for records that add up, not for every post row): a
   * record given without its row (no beginRow) is always added.
   */
  private takeRow(): string | undefined {
    const row = this.row;
    this.row = undefined;
    return row && row.cells.slice(0, row.width).map((c) => c.trim()).join('\u0000');
  }

  snapshot(record: AccountSnapshot): void {
    const key = keyText(snapshotKey(record));
    // Two counts for one channel and day: the last stands, as for posts, and is said; which one is
    // kept changes audience growth (rev31 F7).
    const seen = this.snapshots.get(key);
    if (seen && JSON.stringify(seen) !== JSON.stringify(record)) this.differingDays.add(key);
    this.snapshots.set(key, record);
  }

  post(record: PostMetrics): void {
    const key = keyText(postKey(record));
    // A repeated row counts once; the same ID published at another time is two posts made one
    // (a spreadsheet rounding 17-digit IDs to 15 significant digits does exactly that).
    const seen = this.posts.get(key);
    if (seen && seen.publishedAt !== record.publishedAt) throw new CellError({ code: 'duplicatePost', id: record.postId });
    // Other numbers for the same post: rows of a by-day breakdown, or revisions appended. Adding
    // them up would double count the revisions, so the last row stands, but not without a word:
    // three daily rows read as one undercounted the post by 88 % (QA25).
    if (seen && JSON.stringify(seen) !== JSON.stringify(record)) this.differing.add(key);
    this.posts.set(key, record);
  }

  session(input: WebSession): void {
    // Sources are compared without case everywhere (attribution, this file's merge, the store's
    // key): stored in lower case once, "Instagram" and "instagram" are one record in every place.
    const record = { ...input, source: input.source.toLowerCase() };
    if (!this.sessions.add(keyText(sessionKey(record)), record, this.takeRow(), this.table)) this.repeated += 1;
  }

  campaignResult(record: CampaignResult): void {
    if (!this.campaignResults.add(keyText(campaignResultKey(record)), record, this.takeRow(), this.table)) this.repeated += 1;
  }

  data(): MetricsData {
    return {
      snapshots: [...this.snapshots.values()],
      posts: [...this.posts.values()],
      sessions: this.sessions.records(),
      campaignResults: this.campaignResults.records(),
    };
  }
}

/** Drops undefined fields so records stay plain JSON with absent (not undefined) values. */
export function compact<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}
