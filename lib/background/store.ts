import { DB_NAME, type BrandlineDb } from '../db/database';
import { MetricsRepo } from '../db/metrics-repo';
import { openDatabase } from '../db/open';
import { PlansRepo } from '../db/plans-repo';
import type { MetricsData } from '../metrics/types';

/**
 * The background's hold on the database: opened once, on first use, and the metric records
 * kept in memory after the first read so that a KPI snapshot over years of data does not
 * re-read IndexedDB. Every write goes through here and drops the cache.
 */
export class BackgroundStore {
  private opening: Promise<BrandlineDb> | undefined;
  private cached: Promise<MetricsData> | undefined;

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
    this.cached ??= this.metrics()
      .then((repo) => repo.loadAll())
      .catch((error: unknown) => {
        this.cached = undefined;
        throw error;
      });
    return this.cached;
  }

  invalidateMetrics(): void {
    this.cached = undefined;
  }

  async close(): Promise<void> {
    const db = await this.opening?.catch(() => undefined);
    db?.close();
    this.opening = undefined;
    this.cached = undefined;
  }
}
