import { readEverything, restoreBackup } from '../db/backup-repo';
import type { StoredPlan } from '../db/records';
import { announceMetricsChanged, announcePlansChanged } from '../messaging/events';
import type { Handlers } from '../messaging/server';
import { HandlerError } from '../messaging/server';
import { BACKUP_FORMAT, backupText, readBackup } from '../backup/backup-file';
import type { BackgroundStore } from './store';

type BackupHandlers = Pick<Handlers, 'data.export' | 'data.restore'>;

/** "Back up all data" and "Restore a backup" (lib/backup/backup-file.ts has the format). */
export function backupHandlers(store: BackgroundStore): BackupHandlers {
  return {
    'data.export': async ({ day }) => {
      const { plans, active, metrics } = await readEverything(await store.db());
      const text = backupText({
        format: BACKUP_FORMAT,
        exportedAt: new Date().toISOString(),
        plans: plans.map((p) => ({ raw: p.raw, plan: p.plan, createdAt: p.createdAt, updatedAt: p.updatedAt, ...(p.imported ? { imported: true } : {}) })),
        active,
        metrics,
      });
      // A backup that would not go back in is worse than none (the erase question offers this
      // one): read it back as a restore would, and refuse to hand it out if it does not pass.
      const check = readBackup(text);
      if (!check.ok) throw new HandlerError('bad-request', `The backup could not be read back: ${check.errors[0]?.message ?? ''}`, check.errors);
      const records = metrics.snapshots.length + metrics.posts.length + metrics.sessions.length + metrics.campaignResults.length;
      return { fileName: `brandline-backup-${day}.json`, text, plans: plans.length, records };
    },

    'data.restore': async ({ text, locale, dryRun = false }) => {
      const backup = readBackup(text, locale);
      if (!backup.ok) throw new HandlerError('bad-request', backup.errors[0]?.message ?? 'not a backup', backup.errors);
      const plans: StoredPlan[] = backup.plans.map((p) => ({ id: p.plan.id, name: p.plan.name, plan: p.plan, raw: p.raw, createdAt: p.createdAt, updatedAt: p.updatedAt, ...(p.imported ? { imported: true } : {}) }));
      // Plans restored as an earlier version stored them, with what this version finds wrong.
      const kept = backup.plans.filter((p) => p.problems).map((p) => ({ id: p.plan.id, name: p.plan.name, problems: p.problems! }));
      const answer = (counts: Awaited<ReturnType<typeof restoreBackup>>) => ({ ...counts, ...(kept.length ? { kept } : {}) });
      if (dryRun) return answer(await restoreBackup(await store.db(), plans, backup.active, backup.metrics, { dryRun }));
      try {
        return answer(await restoreBackup(await store.db(), plans, backup.active, backup.metrics));
      } finally {
        // The records changed in ways the cache cannot follow row by row: the next snapshot reads them again.
        store.invalidateMetrics();
        await announcePlansChanged();
        await announceMetricsChanged();
      }
    },
  };
}
