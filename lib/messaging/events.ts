import { browser } from 'wxt/browser';

/**
 * Plan changes reach every open tab through `storage.local`: the background writes an
 * increasing number under this key after each change, and storage.onChanged fires in every
 * content script and page — no tab list to keep, no reload needed.
 */
export const PLANS_REVISION_KEY = 'plansRevision';

/** Calls `callback` with the new revision after each plan change. Returns the unsubscribe. */
export function onPlansChanged(callback: (revision: number) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const change = changes[PLANS_REVISION_KEY];
    if (change && typeof change.newValue === 'number') callback(change.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Background only: announces a plan change. */
export async function announcePlansChanged(): Promise<number> {
  const stored = await browser.storage.local.get(PLANS_REVISION_KEY);
  const previous = stored[PLANS_REVISION_KEY];
  const next = (typeof previous === 'number' ? previous : 0) + 1;
  await browser.storage.local.set({ [PLANS_REVISION_KEY]: next });
  return next;
}

/**
 * Metric changes (an import, a day logged in the popup, a restore) reach open side panels the same
 * way: a side panel stays visible beside the tab, so it gets neither focus nor visibility events
 * when an import lands in the options page (QA18).
 */
export const METRICS_REVISION_KEY = 'metricsRevision';

/** Calls `callback` after each change of the stored metric records. Returns the unsubscribe. */
export function onMetricsChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[METRICS_REVISION_KEY]?.newValue !== undefined) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Background only: announces a change of the stored metric records. */
export async function announceMetricsChanged(): Promise<void> {
  const stored = await browser.storage.local.get(METRICS_REVISION_KEY);
  const previous = stored[METRICS_REVISION_KEY];
  await browser.storage.local.set({ [METRICS_REVISION_KEY]: (typeof previous === 'number' ? previous : 0) + 1 });
}

/**
 * Background only: empties Brandline's `storage.local` (erase all data) while keeping the
 * revision counting up, so listeners still see one more change.
 */
export async function clearStorageKeepingRevision(): Promise<number> {
  const stored = await browser.storage.local.get(PLANS_REVISION_KEY);
  const previous = stored[PLANS_REVISION_KEY];
  await browser.storage.local.clear();
  const next = (typeof previous === 'number' ? previous : 0) + 1;
  await browser.storage.local.set({ [PLANS_REVISION_KEY]: next });
  return next;
}
