import type { ChannelId } from '../engine/types';
import type { Plan } from '../plan/types';
import type { BrandlineDb } from './database';
import type { StoredPlan } from './records';

export type ActiveMap = Record<ChannelId, string | null>;

export interface PlanSummary {
  id: string;
  name: string;
  updatedAt: number;
}

/** Plans and which one is active on which channel. The only code that touches those tables. */
export class PlansRepo {
  constructor(private readonly db: BrandlineDb) {}

  async list(): Promise<PlanSummary[]> {
    const plans = await this.db.plans.toArray();
    return plans
      .map(({ id, name, updatedAt }) => ({ id, name, updatedAt }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  get(id: string): Promise<StoredPlan | undefined> {
    return this.db.plans.get(id);
  }

  async activeMap(): Promise<ActiveMap> {
    const rows = await this.db.activePlans.toArray();
    const map: ActiveMap = { x: null, facebook: null, instagram: null };
    for (const row of rows) map[row.channel] = row.planId;
    return map;
  }

  /**
   * The plan for a channel: its active plan; else the most recently changed stored plan (a
   * channel nobody chose a plan for still gets the brand's rules); else undefined.
   */
  async activeFor(channel: ChannelId): Promise<StoredPlan | undefined> {
    const row = await this.db.activePlans.get(channel);
    const chosen = row ? await this.db.plans.get(row.planId) : undefined;
    if (chosen) return chosen;
    const all = await this.db.plans.toArray();
    return all.sort((a, b) => b.updatedAt - a.updatedAt)[0];
  }

  /**
   * Stores a validated plan with its raw JSON, in one transaction with its activation, so a
   * failure leaves both tables as they were. `replaces` renames a plan whose id was edited.
   */
  async save(plan: Plan, raw: unknown, options: { activate?: readonly ChannelId[]; replaces?: string; imported?: boolean } = {}): Promise<StoredPlan> {
    return this.db.transaction('rw', this.db.plans, this.db.activePlans, async () => {
      const now = Date.now();
      const previous = (await this.db.plans.get(plan.id)) ?? (options.replaces ? await this.db.plans.get(options.replaces) : undefined);
      const stored: StoredPlan = { id: plan.id, name: plan.name, plan, raw, createdAt: previous?.createdAt ?? now, updatedAt: Math.max(now, (previous?.updatedAt ?? 0) + 1) };
      if (options.imported) stored.imported = true;
      if (options.replaces && options.replaces !== plan.id) {
        await this.db.plans.delete(options.replaces);
        await this.db.activePlans.toCollection().modify((row) => {
          if (row.planId === options.replaces) row.planId = plan.id;
        });
      }
      await this.db.plans.put(stored);
      for (const channel of options.activate ?? []) await this.db.activePlans.put({ channel, planId: plan.id });
      return stored;
    });
  }

  /** Deletes a plan; returns it and the channels it was active on, so the UI can undo. */
  async delete(id: string): Promise<{ stored: StoredPlan; channels: ChannelId[] } | undefined> {
    return this.db.transaction('rw', this.db.plans, this.db.activePlans, async () => {
      const stored = await this.db.plans.get(id);
      if (!stored) return undefined;
      const rows = await this.db.activePlans.toArray();
      const channels = rows.filter((r) => r.planId === id).map((r) => r.channel);
      await this.db.activePlans.bulkDelete(channels);
      await this.db.plans.delete(id);
      return { stored, channels };
    });
  }

  async restore(stored: StoredPlan, channels: readonly ChannelId[]): Promise<void> {
    await this.db.transaction('rw', this.db.plans, this.db.activePlans, async () => {
      await this.db.plans.put(stored);
      for (const channel of channels) await this.db.activePlans.put({ channel, planId: stored.id });
    });
  }

  async setActive(channel: ChannelId, planId: string): Promise<boolean> {
    return this.db.transaction('rw', this.db.plans, this.db.activePlans, async () => {
      if (!(await this.db.plans.get(planId))) return false;
      await this.db.activePlans.put({ channel, planId });
      return true;
    });
  }

  /** An id not taken yet: `base`, else `base-2`, `base-3`, … */
  async freeId(base: string): Promise<string> {
    const taken = new Set(await this.db.plans.toCollection().primaryKeys());
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}
