import { CHANNEL_IDS, type ChannelId } from '../engine/types';
import { parsePlan } from '../plan/parse';
import type { Plan } from '../plan/types';
import type { BrandlineDb } from './database';
import type { StoredPlan } from './records';

/**
 * A write refused because the stored plans are not what the caller saw: `taken` (another plan has
 * the id), `changed` (saved since the editor opened it), `gone` (renamed or deleted since),
 * `exists` (undo of a delete, but a plan with that id was stored since).
 */
export class PlanConflict extends Error {
  constructor(
    readonly kind: 'taken' | 'changed' | 'gone' | 'exists',
    readonly planId: string,
  ) {
    super(`plan "${planId}": ${kind}`);
  }
}

/**
 * A stored plan as this version of Brandline reads its file: `plan` is `raw` with the defaults
 * filled in, and stored beside it when the plan was saved. A later release that changes a default
 * (a platform's length limit, say) would otherwise leave every stored plan on the old value, as if
 * the user had written it. Parsed again once per stored version (memoised by id and updatedAt); a
 * file this version can no longer read keeps the plan stored with it.
 */
const reparsed = new Map<string, Plan>();
/**
 * Forgets every re-parsed plan: after a restore or an erase the same id and `updatedAt` may hold
 * another file (a backup edited by hand, another profile's).
 */
export function forgetReparsed(): void {
  reparsed.clear();
}
function withCurrentDefaults(stored: StoredPlan | undefined): StoredPlan | undefined {
  if (!stored) return undefined;
  const key = `${stored.id}\u0000${stored.updatedAt}`;
  let plan = reparsed.get(key);
  if (!plan) {
    const result = parsePlan(stored.raw);
    plan = result.ok && result.plan.id === stored.id ? result.plan : stored.plan;
    // A long-running worker sees few plan versions; the map is cleared rather than grown without end.
    if (reparsed.size > 64) reparsed.clear();
    reparsed.set(key, plan);
  }
  return plan === stored.plan ? stored : { ...stored, plan };
}

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

  async get(id: string): Promise<StoredPlan | undefined> {
    return withCurrentDefaults(await this.db.plans.get(id));
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
    if (chosen) return withCurrentDefaults(chosen);
    const all = await this.db.plans.toArray();
    return withCurrentDefaults(all.sort((a, b) => b.updatedAt - a.updatedAt)[0]);
  }

  /**
   * Stores a validated plan with its raw JSON, in one transaction with its activation, so a
   * failure leaves both tables as they were. `replaces` renames a plan whose id was edited.
   * Every check runs inside that transaction, so two tabs saving at once cannot both pass it:
   * * the new id must not belong to another plan (`taken`);
   * * with `base` (the `updatedAt` the editor opened), the plan it edits must still be stored at
   *   that version (`changed`, or `gone` when renamed or deleted meanwhile): a stale editor never
   *   overwrites a save it has not seen. Without `base` the save overwrites on purpose.
   * `activate` makes it the plan of those channels; `claim` only of those that have no other plan.
   */
  async save(
    plan: Plan,
    raw: unknown,
    options: { activate?: readonly ChannelId[]; claim?: readonly ChannelId[]; replaces?: string; imported?: boolean; base?: number } = {},
  ): Promise<StoredPlan> {
    return this.db.transaction('rw', this.db.plans, this.db.activePlans, async () => {
      const now = Date.now();
      const edited = options.replaces ?? plan.id;
      const before = await this.db.plans.get(edited);
      if (options.base !== undefined && !before) throw new PlanConflict('gone', edited);
      if (options.base !== undefined && before && before.updatedAt !== options.base) throw new PlanConflict('changed', edited);
      const current = edited === plan.id ? before : await this.db.plans.get(plan.id);
      if (edited !== plan.id && current) throw new PlanConflict('taken', plan.id);
      const previous = current ?? before;
      const stored: StoredPlan = { id: plan.id, name: plan.name, plan, raw, createdAt: previous?.createdAt ?? now, updatedAt: Math.max(now, (previous?.updatedAt ?? 0) + 1) };
      if (options.imported) stored.imported = true;
      if (edited !== plan.id && before) {
        await this.db.plans.delete(edited);
        await this.db.activePlans.toCollection().modify((row) => {
          if (row.planId === edited) row.planId = plan.id;
        });
      }
      await this.db.plans.put(stored);
      for (const channel of options.activate ?? []) await this.db.activePlans.put({ channel, planId: plan.id });
      // `claim`: only the channels no other stored plan has, decided in this transaction, so a
      // choice made in another tab meanwhile is never overwritten (rev33).
      for (const channel of options.claim ?? []) {
        const row = await this.db.activePlans.get(channel);
        if (!row || row.planId === plan.id || !(await this.db.plans.get(row.planId))) await this.db.activePlans.put({ channel, planId: plan.id });
      }
      return stored;
    });
  }

  /**
   * Stores a new plan under the first free id from `base` (`base`, `base-2`, …), chosen inside
   * the transaction, so two creates at once get two plans. `build` makes the plan for that id.
   * `activate: 'unassigned'` gives it every channel that has no plan.
   */
  async add(base: string, build: (id: string) => { plan: Plan; raw: unknown }, options: { activate?: 'unassigned' } = {}): Promise<StoredPlan> {
    return this.db.transaction('rw', this.db.plans, this.db.activePlans, async () => {
      const now = Date.now();
      const { plan, raw } = build(await this.freeId(base));
      const stored: StoredPlan = { id: plan.id, name: plan.name, plan, raw, createdAt: now, updatedAt: now };
      await this.db.plans.add(stored);
      if (options.activate === 'unassigned') {
        const active = await this.activeMap();
        for (const channel of CHANNEL_IDS) if (active[channel] === null) await this.db.activePlans.put({ channel, planId: plan.id });
      }
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

  /**
   * Undoes a delete: the plan as it was stored, on those of its channels that have no plan now
   * (a channel given to another plan since keeps it). Refused (`exists`) when a plan with its id
   * was stored since: undo must not replace it.
   */
  async restore(stored: StoredPlan, channels: readonly ChannelId[]): Promise<ChannelId[]> {
    return this.db.transaction('rw', this.db.plans, this.db.activePlans, async () => {
      if (await this.db.plans.get(stored.id)) throw new PlanConflict('exists', stored.id);
      await this.db.plans.add(stored);
      const active = await this.activeMap();
      const back = channels.filter((channel) => active[channel] === null);
      for (const channel of back) await this.db.activePlans.put({ channel, planId: stored.id });
      return back;
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
