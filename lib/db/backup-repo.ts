import { CHANNEL_IDS } from '../engine/types';
import type { MetricsData } from '../metrics/types';
import type { StoreCounts } from '../messaging/protocol';
import type { BrandlineDb } from './database';
import { MetricsRepo } from './metrics-repo';
import type { StoredPlan } from './records';
import { forgetReparsed, type ActiveMap } from './plans-repo';

export interface RestoreCounts {
  plans: number;
  /** Plans of the backup that replaced a stored plan with the same id. */
  replaced: string[];
  metrics: StoreCounts;
}

/** Thrown inside a dry run's transaction so that IndexedDB rolls back what it wrote. */
class DryRunDone extends Error {
  constructor(readonly counts: RestoreCounts) {
    super('dry run');
  }
}

/**
 * Puts a backup back in ONE transaction over every table: on any failure nothing changes. Plans
 * are stored as the backup has them (a stored plan with the same id is replaced: restoring is
 * asked for by name in the page); channels the backup assigns get their plan; metric records are
 * merged by key like an import (a stored row with a backup row's key takes the backup's figures,
 * other stored rows stay).
 *
 * With `dryRun` the same writes run and are rolled back (the transaction is aborted): the counts
 * say what a restore would replace and change, so the page asks about exactly that.
 */
export async function restoreBackup(db: BrandlineDb, plans: readonly StoredPlan[], active: ActiveMap, metrics: MetricsData, { dryRun = false } = {}): Promise<RestoreCounts> {
  if (!dryRun) forgetReparsed();
  try {
    return await db.transaction('rw', [db.plans, db.activePlans, db.snapshots, db.posts, db.webSessions, db.campaignResults, db.recordsCopy, db.imports, db.importRows], async () => {
      const existing = await db.plans.bulkGet(plans.map((p) => p.id));
      const replaced = plans.filter((_, i) => existing[i] !== undefined).map((p) => p.id);
      await db.plans.bulkPut([...plans]);
      for (const channel of CHANNEL_IDS) {
        const id = active[channel];
        if (id !== null) await db.activePlans.put({ channel, planId: id });
      }
      // store() joins this transaction (Dexie nests a transaction over the same tables).
      const counts = await new MetricsRepo(db).store(metrics);
      const result = { plans: plans.length, replaced, metrics: counts };
      if (dryRun) throw new DryRunDone(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunDone) return error.counts;
    throw error;
  }
}

/** Everything a backup holds, read in one transaction so plans and records agree. */
export async function readEverything(db: BrandlineDb): Promise<{ plans: StoredPlan[]; active: ActiveMap; metrics: MetricsData }> {
  const [plans, rows, metrics] = await db.transaction('r', [db.plans, db.activePlans, db.snapshots, db.posts, db.webSessions, db.campaignResults, db.recordsCopy], () =>
    Promise.all([db.plans.toArray(), db.activePlans.toArray(), new MetricsRepo(db).loadAll()]),
  );
  const active: ActiveMap = { x: null, facebook: null, instagram: null };
  for (const row of rows) active[row.channel] = row.planId;
  return { plans, active, metrics };
}
