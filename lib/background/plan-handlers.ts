import { CHANNEL_IDS, type ChannelId } from '../engine/types';
import { announcePlansChanged } from '../messaging/events';
import type { Handlers } from '../messaging/server';
import { HandlerError } from '../messaging/server';
import { duplicatePlanIdError, parsePlan, parsePlanJson, type PlanResult } from '../plan/parse';
import { uiLocale } from '../i18n/t';
import { PLAN_SCHEMA_ID, type Locale, type Plan } from '../plan/types';
import { examplePlan } from './example-plan';
import { channelsOfPlan, slugify } from './plan-channels';
import type { BackgroundStore } from './store';

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
    'plans.active': async ({ channel }) => {
      const stored = await (await store.plans()).activeFor(channel);
      return stored ? { plan: stored.plan, planId: stored.id } : { plan: examplePlan(exampleLocale()), planId: null };
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
      const activatedOn = channelsOfPlan(raw, plan);
      await repo.save(plan, raw, { activate: activatedOn, imported: true });
      await changed();
      return { id: plan.id, name: plan.name, activatedOn, replaced };
    },

    'plans.save': async ({ raw, replaces, locale }) => {
      const plan = validPlan(parsePlan(raw, { locale }), 'Plan not saved');
      const repo = await store.plans();
      if (plan.id !== replaces && (await repo.get(plan.id))) {
        const taken = duplicatePlanIdError(plan.id, { locale });
        throw new HandlerError('bad-request', taken.message, [taken]);
      }
      await repo.save(plan, raw, replaces ? { replaces } : {});
      await changed();
      return { id: plan.id };
    },

    'plans.create': async ({ name }) => {
      const repo = await store.plans();
      const raw = { schema: PLAN_SCHEMA_ID, id: await repo.freeId(slugify(name)), name: name.trim() };
      const plan = validPlan(parsePlan(raw), 'Plan not created');
      // A first plan should work at once: it takes every channel that has none.
      const active = await repo.activeMap();
      await repo.save(plan, raw, { activate: CHANNEL_IDS.filter((c) => active[c] === null) });
      await changed();
      return { id: plan.id };
    },

    'plans.duplicate': async ({ id, name }) => {
      const repo = await store.plans();
      const stored = await repo.get(id);
      if (!stored) throw new HandlerError('not-found', `No plan with id "${id}".`);
      const raw = { ...asObject(structuredClone(stored.raw)), id: await repo.freeId(`${id}-copy`), name: name ?? `${stored.name} (copy)` };
      const plan = validPlan(parsePlan(raw), 'Plan not duplicated');
      await repo.save(plan, raw);
      await changed();
      return { id: plan.id };
    },

    'plans.delete': async ({ id }) => {
      const deleted = await (await store.plans()).delete(id);
      if (!deleted) throw new HandlerError('not-found', `No plan with id "${id}".`);
      await changed();
      return { raw: deleted.stored.raw, channels: deleted.channels };
    },

    'plans.restore': async ({ raw, channels }) => {
      const plan = validPlan(parsePlan(raw), 'Plan not restored');
      await (await store.plans()).save(plan, raw, { activate: channels as ChannelId[] });
      await changed();
      return { id: plan.id };
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
