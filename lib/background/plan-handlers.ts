import { CHANNEL_IDS, type ChannelId } from '../engine/types';
import { announcePlansChanged } from '../messaging/events';
import type { Handlers } from '../messaging/server';
import { fromWebPage, HandlerError } from '../messaging/server';
import { duplicatePlanIdError, parsePlan, parsePlanJson, storedPlanProblems, type PlanResult } from '../plan/parse';
import { uiLocale } from '../i18n/t';
import { PLAN_SCHEMA_ID, type Locale, type Plan } from '../plan/types';
import { examplePlan } from './example-plan';
import { channelsOfPlan, slugify } from './plan-channels';
import type { BackgroundStore } from './store';
import { PlanConflict } from '../db/plans-repo';
import { campaignId } from '../metrics/campaign-ids';
import type { MetricsData } from '../metrics/types';
import type { StoredPlan } from '../db/records';

type PlanHandlers = Pick<
  Handlers,
  | 'plans.active' | 'plans.list' | 'plans.get' | 'plans.import' | 'plans.save' | 'plans.create'
  | 'plans.duplicate' | 'plans.delete' | 'plans.restore' | 'plans.setActive' | 'plans.export'
>;

function validPlan(result: PlanResult, what: string): Plan {
  if (result.ok) return result.plan;
  const first = result.errors[0];
  throw new HandlerError('bad-request', `${what}: ${first?.message ?? 'invalid plan'}`, result.errors);
}

/**
 * The repo's refusals as answers the page can act on: `taken` is a problem with the plan's id
 * field (worded in the page's language, like every plan problem); the others are `conflict`s,
 * which the page words itself (reload, or keep mine).
 */
async function refusedAs<T>(write: Promise<T>, locale?: Locale): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (!(error instanceof PlanConflict)) throw error;
    if (error.kind === 'taken') {
      const taken = duplicatePlanIdError(error.planId, { locale });
      throw new HandlerError('bad-request', taken.message, [taken]);
    }
    const what = { changed: 'was changed since it was opened', gone: 'was renamed or deleted since it was opened', exists: 'exists again: undo would replace it' }[error.kind];
    throw new HandlerError('conflict', `The plan "${error.planId}" ${what}.`);
  }
}

/**
 * Campaigns of the plan as it was whose stored results no campaign of the saved plan claims any
 * more (its id edited, or the campaign removed): their spend then counts under "all" only. Results
 * are stored under the campaign's id (or the name an import found), so nothing is lost, and the
 * old id brings them back; the page says so instead of letting the figures vanish silently.
 */
function unmatchedCampaigns(data: MetricsData, before: Plan, after: Plan): string[] {
  const keys = new Set<string>();
  for (const r of data.campaignResults) keys.add(r.campaignId);
  for (const p of data.posts) if (p.campaignId) keys.add(p.campaignId);
  const was = new Set(before.campaigns.map((c) => c.id));
  const is = new Set(after.campaigns.map((c) => c.id));
  const lost = new Set<string>();
  for (const key of keys) {
    const old = campaignId(key, before);
    if (was.has(old) && !is.has(campaignId(key, after))) lost.add(old);
  }
  return [...lost].sort();
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function asObject(raw: unknown): Record<string, unknown> {
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

/** `exampleLocale`: the language of the example plan handed out while none is stored (the UI's). */
export function planHandlers(store: BackgroundStore, exampleLocale: () => Locale = uiLocale): PlanHandlers {
  const changed = () => announcePlansChanged();

  return {
    'plans.active': async ({ channel }, sender) => {
      const stored = await (await store.plans()).activeFor(channel);
      const answer = stored ? { plan: stored.plan, planId: stored.id } : { plan: examplePlan(exampleLocale()), planId: null };
      // A content script lives beside the site's code: it gets what the checks read, not the
      // brand's budgets and goals (the popup, an extension page, gets the whole plan).
      return fromWebPage(sender) ? { ...answer, plan: { ...answer.plan, goals: [], campaigns: [] } } : answer;
    },

    'plans.list': async () => {
      const repo = await store.plans();
      return { plans: await repo.list(), active: await repo.activeMap() };
    },

    'plans.get': async ({ id }) => {
      const stored = await (await store.plans()).get(id);
      if (!stored) throw new HandlerError('not-found', `No plan with id "${id}".`);
      return { plan: stored.plan, raw: stored.raw, updatedAt: stored.updatedAt, imported: stored.imported === true };
    },

    'plans.import': async ({ text, locale }) => {
      const plan = validPlan(parsePlanJson(text, { locale }), 'Plan not imported');
      const raw: unknown = JSON.parse(withoutBom(text));
      const repo = await store.plans();
      const replaced = (await repo.get(plan.id)) !== undefined;
      // A new plan takes the channels its file is for. A new version of a stored plan (an export
      // imported again) keeps the choices made under "Plan per channel": it takes only those of
      // its channels that have no plan, and stays where it was active (QA31 M1).
      const channels = channelsOfPlan(raw, plan);
      await repo.save(plan, raw, { ...(replaced ? { claim: channels } : { activate: channels }), imported: true });
      await changed();
      const after = await repo.activeMap();
      const activatedOn = replaced ? CHANNEL_IDS.filter((c) => after[c] === plan.id) : channels;
      return { id: plan.id, name: plan.name, activatedOn, replaced };
    },

    'plans.save': async ({ raw, replaces, locale, baseUpdatedAt }) => {
      const plan = validPlan(parsePlan(raw, { locale }), 'Plan not saved');
      const repo = await store.plans();
      const before = await repo.get(replaces ?? plan.id);
      await refusedAs(repo.save(plan, raw, { ...(replaces ? { replaces } : {}), ...(baseUpdatedAt !== undefined ? { base: baseUpdatedAt } : {}) }), locale);
      await changed();
      const unmatched = before?.plan.campaigns.length ? unmatchedCampaigns(await store.metricsData(), before.plan, plan) : [];
      return { id: plan.id, ...(unmatched.length ? { unmatchedCampaigns: unmatched } : {}) };
    },

    'plans.create': async ({ name, locale }) => {
      const repo = await store.plans();
      // A first plan should work at once: it takes every channel that has none. Its drafts are
      // written in the language of the page it was made on: a plan made in a Norwegian browser read
      // tone in English and missed Norwegian negatives (QA34 M1).
      const stored = await repo.add(slugify(name), (id) => {
        const raw = { schema: PLAN_SCHEMA_ID, id, name: name.trim(), ...(locale ? { locale } : {}) };
        return { plan: validPlan(parsePlan(raw), 'Plan not created'), raw };
      }, { activate: 'unassigned' });
      await changed();
      return { id: stored.id };
    },

    'plans.duplicate': async ({ id, name }) => {
      const repo = await store.plans();
      const original = await repo.get(id);
      if (!original) throw new HandlerError('not-found', `No plan with id "${id}".`);
      const stored = await repo.add(`${id}-copy`, (copyId) => {
        const raw = { ...asObject(structuredClone(original.raw)), id: copyId, name: name ?? `${original.name} (copy)` };
        return { plan: validPlan(parsePlan(raw), 'Plan not duplicated'), raw };
      });
      await changed();
      return { id: stored.id };
    },

    'plans.delete': async ({ id }) => {
      const deleted = await (await store.plans()).delete(id);
      if (!deleted) throw new HandlerError('not-found', `No plan with id "${id}".`);
      await changed();
      const { raw, plan, createdAt, imported } = deleted.stored;
      return { raw, plan, channels: deleted.channels, createdAt, ...(imported ? { imported } : {}) };
    },

    'plans.restore': async ({ raw, plan: storedForm, channels, createdAt, imported }) => {
      // Undo must give back what was deleted: a plan an earlier version stored, whose file a check
      // added since refuses, comes back in its stored form, as a backup's does (rev26).
      const parsed = parsePlan(raw);
      const asStored = !parsed.ok && storedForm !== undefined && storedPlanProblems(storedForm).length === 0 && (storedForm as Plan).id === (raw as { id?: unknown } | null)?.id;
      const plan = asStored ? (storedForm as Plan) : validPlan(parsed, 'Plan not restored');
      const now = Date.now();
      const stored: StoredPlan = { id: plan.id, name: plan.name, plan, raw, createdAt: createdAt ?? now, updatedAt: now, ...(imported ? { imported } : {}) };
      const activatedOn = await refusedAs((await store.plans()).restore(stored, channels as ChannelId[]));
      await changed();
      return { id: plan.id, activatedOn };
    },

    'plans.setActive': async ({ channel, id }) => {
      const repo = await store.plans();
      if (!(await repo.setActive(channel, id))) throw new HandlerError('not-found', `No plan with id "${id}".`);
      await changed();
      return { active: await repo.activeMap() };
    },

    'plans.export': async ({ id }) => {
      const stored = await (await store.plans()).get(id);
      if (!stored) throw new HandlerError('not-found', `No plan with id "${id}".`);
      return { fileName: `${stored.id}.json`, text: `${JSON.stringify(stored.raw, null, 2)}\n` };
    },
  };
}
