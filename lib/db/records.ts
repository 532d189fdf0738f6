/**
 * What the database holds, row by row. Metric rows are the SPEC section 5 records plus the
 * key fields IndexedDB needs (a compound key cannot hold an absent part, so optional key parts
 * are stored as '' in a separate field and stripped again on the way out).
 */
import type { ChannelId } from '../engine/types';
import type { AccountSnapshot, CampaignResult, MetricsData, PostMetrics, WebSession } from '../metrics/types';
import type { Plan } from '../plan/types';

export interface StoredPlan {
  /** The plan's own `id` (slug): importing a plan with the same id replaces it. */
  id: string;
  name: string;
  /** The validated plan with every default filled in: what the checks read. */
  plan: Plan;
  /** The JSON exactly as imported or edited (defaults not filled in): what export writes. */
  raw: unknown;
  /**
   * True while `raw` is exactly a file imported on the options page: replacing it with another
   * file loses nothing, so the page does not ask. Any save in the editor clears it.
   */
  imported?: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface ActivePlan {
  channel: ChannelId;
  planId: string;
}

export type StoredSnapshot = AccountSnapshot;

/** Version 2 adds `day` (the UTC date of `publishedAt`) so range queries use a date index. */
export interface StoredPost extends PostMetrics {
  day: string;
}

export interface StoredWebSession extends WebSession {
  landingKey: string;
  rangeEndKey: string;
}

export type StoredCampaignResult = CampaignResult;

/**
 * Version 3. `version`: the metric tables' version, bumped in the transaction of every write
 * (absent = 0). `records`: every metric record as `MetricsRepo.loadAll` read it at `version`;
 * current only while the version row still says the same.
 */
export interface RecordsCopyRow {
  id: 'version' | 'records';
  version: number;
  /** Only in the `records` row. */
  data?: MetricsData;
}

/** A metric table's row as it was before an import wrote its key: absent when the import added it. */
export interface RowBefore<Row> {
  key: unknown[];
  old?: Row;
}

/**
 * One logged import, as the options page names it (QA29: a wrong file could only be got rid of by
 * erasing everything, plans too). Kept for the last few imports; undone last first, and only while
 * no other write has written over its rows (import-log.ts). What it changed is in `ImportRowsRow`.
 */
export interface ImportLogRow {
  id?: number;
  fileName: string;
  /** When it was stored (ms since the epoch). */
  at: number;
  /** Rows it added (undo deletes them) and rows it replaced (undo puts them back). */
  added: number;
  updated: number;
}

/** The rows an import wrote, as they were before it, and their keys (`table:key`) for the index. */
export interface ImportRowsRow {
  id: number;
  keys: string[];
  before: {
    snapshots: RowBefore<StoredSnapshot>[];
    posts: RowBefore<StoredPost>[];
    webSessions: RowBefore<StoredWebSession>[];
    campaignResults: RowBefore<StoredCampaignResult>[];
  };
}
