import { DB_NAME, type BrandlineDb } from '../db/database';
import { MetricsRepo } from '../db/metrics-repo';
import { openDatabase } from '../db/open';
import { PlansRepo } from '../db/plans-repo';
import { withWritten } from '../db/primary-keys';
import type { MetricsData } from '../metrics/types';

/**
 * The background's hold on the database: opened once, on first use, and the metric records
 * kept in memory once read so that a KPI snapshot over years of data does not re-read
 * IndexedDB. A restarted worker reads them from the one-row copy of every record
 * (lib/db/records-copy.ts). A write puts its rows into a full cache or drops it, and a read
 * that started before a write is never kept (generation count).
 */
export class BackgroundStore {
  private opening: Promise<BrandlineDb> | undefined;
  private cached: MetricsData | undefined;
  private loading: Promise<MetricsData> | undefined;
  private generation = 0;

  constructor(private readonly dbName = DB_NAME) {}

  db(): Promise<BrandlineDb> {
    // A failed open is not remembered: the next request tries again (the user may have freed space).
    this.opening ??= openDatabase(this.dbName).catch((error: unknown) => {
      this.opening = undefined;
      throw error;
    });
    return this.opening;
  }

  async plans(): Promise<PlansRepo> {
    return new PlansRepo(await this.db());
  }

  async metrics(): Promise<MetricsRepo> {
    return new MetricsRepo(await this.db());
  }

  /** Every metric record, from memory after the first call. */
  metricsData(): Promise<MetricsData> {
    if (this.cached) return Promise.resolve(this.cached);
    if (!this.loading) {
      const generation = this.generation;
      const loading = this.metrics()
        .then((repo) => repo.loadAll())
        .then((data) => {
          if (generation === this.generation) this.cached = data;
          return data;
        })
        .finally(() => {
          if (this.loading === loading) this.loading = undefined;
        });
      this.loading = loading;
    }
    return this.loading;
  }

  /** The records in memory, when they are (nothing is read for it). */
  metricsInMemory(): MetricsData | undefined {
    return this.cached;
  }

  /**
   * After a committed write (MetricsRepo.store's `written`): a cache holding every record gets
   * the written rows put in — exactly what a new full read would give — instead of being
   * dropped. False when the write changed something and there is no full cache to keep: the
   * caller then drops what there is.
   */
  keepWritten(rows: MetricsData): boolean {
    // Nothing new (a file imported again): the cache, the copy and reads under way all stay right.
    if (!rows.snapshots.length && !rows.posts.length && !rows.sessions.length && !rows.campaignResults.length) return true;
    if (!this.cached) return false;
    // A full read under way started before this write: it must not land after it.
    this.generation += 1;
    this.loading = undefined;
    this.cached = withWritten(this.cached, rows);
    return true;
  }

  invalidateMetrics(): void {
    this.generation += 1;
    this.cached = undefined;
    this.loading = undefined;
  }

  async close(): Promise<void> {
    const db = await this.opening?.catch(() => undefined);
    db?.close();
    this.opening = undefined;
    this.invalidateMetrics();
  }
}
