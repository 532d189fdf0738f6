/**
 * Collects the records of one file, keyed like the store keys them so that a row repeated in the
 * file counts once. GA4 rows that differ only by medium ("facebook / social", "facebook / referral")
 * share a record key, so their numbers are added up instead.
 */
import { sumDefined } from '../accumulators';
import { CellError } from '../import-error';
import { campaignResultKey, keyText, postKey, sessionKey, snapshotKey } from '../record-keys';
import type { AccountSnapshot, CampaignResult, MetricsData, PostMetrics, WebSession } from '../types';

export class RecordSink {
  private readonly snapshots = new Map<string, AccountSnapshot>();
  private readonly posts = new Map<string, PostMetrics>();
  private readonly sessions = new Map<string, WebSession>();
  private readonly campaignResults = new Map<string, CampaignResult>();

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
    this.campaignResults.set(keyText(campaignResultKey(record)), record);
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
