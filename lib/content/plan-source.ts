import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ChannelId } from '../engine/types';
import { send } from '../messaging/client';
import { onPlansChanged } from '../messaging/events';
import type { Plan } from '../plan/types';

/**
 * The plan active on this tab's channel, from the background (`plans.active`), fetched when first
 * needed and again whenever plans change (no reload needed).
 */
export interface PlanSource {
  /** The plan, once loaded. */
  current(): Plan | undefined;
  /** The plan is the built-in example (none stored yet): the panel says so and offers the options page. */
  isExample(): boolean;
  /** Loads it if needed. Resolves to undefined when the background cannot answer. */
  load(): Promise<Plan | undefined>;
  onChange(listener: (plan: Plan | undefined) => void): void;
}

export function createPlanSource(ctx: ContentScriptContext, channel: ChannelId): PlanSource {
  let plan: Plan | undefined;
  let example = false;
  let loading: Promise<Plan | undefined> | undefined;
  let subscribed = false;
  let warned = false;
  const listeners: ((plan: Plan | undefined) => void)[] = [];

  const fetchPlan = async (): Promise<Plan | undefined> => {
    const result = await send('plans.active', { channel });
    if (ctx.isInvalid) return plan;
    if (result.ok) {
      plan = result.value.plan;
      example = result.value.planId === null;
    } else {
      // Try again on the next request (the background worker may still be starting).
      loading = undefined;
      if (warned) return plan;
      warned = true;
      console.warn(`Brandline: could not load the active plan for ${channel}: ${result.error.message}`);
    }
    return plan;
  };

  const subscribe = () => {
    if (subscribed) return;
    subscribed = true;
    const stop = onPlansChanged(() => {
      loading = fetchPlan().then((next) => {
        for (const listener of listeners) listener(next);
        return next;
      });
    });
    ctx.onInvalidated(stop);
  };

  return {
    current: () => plan,
    isExample: () => example,
    load() {
      subscribe();
      loading ??= fetchPlan();
      return loading;
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
