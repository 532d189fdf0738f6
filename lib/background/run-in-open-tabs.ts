import { SITE_MATCHES } from '../content/site-matches';

/**
 * When the user gives Brandline back its access to a site (the options page's "Allow X", or the
 * browser's own site-access menu), the browser runs the content script only in pages loaded from
 * then on: an X tab already open stayed unchecked until reloaded, and the options page could only
 * say so (QA33 M1). Here the content script is run in those open tabs at once. A tab where it
 * still runs from before gets a second copy, which ends the first (WXT's content-script context
 * stops older copies of the same script, and ours then removes everything it added).
 */
export interface ScriptingLike {
  permissions: { onAdded: { addListener(cb: (permissions: { origins?: string[] }) => void): void } };
  tabs: { query(query: { url: string[] }): Promise<{ id?: number; discarded?: boolean }[]> };
  scripting?: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  runtime: { getManifest(): { content_scripts?: { matches?: string[]; js?: string[] }[] } };
}

/** The open tabs of the newly allowed sites that the content script was run in (ids). */
export async function runInOpenTabs(api: ScriptingLike, origins: readonly string[]): Promise<number[]> {
  const sites = origins.filter((origin) => SITE_MATCHES.includes(origin));
  const scripting = api.scripting;
  if (!sites.length || !scripting) return [];
  const files = (api.runtime.getManifest().content_scripts ?? []).filter((cs) => cs.matches?.some((m) => sites.includes(m))).flatMap((cs) => cs.js ?? []);
  if (!files.length) return [];
  const tabs = await api.tabs.query({ url: sites }).catch(() => []);
  const ran = await Promise.all(
    tabs.map(async (tab) => {
      // A discarded tab loads again when shown, content script and all.
      if (tab.id === undefined || tab.discarded) return undefined;
      // A tab that closed or navigated away meanwhile refuses; nothing to do there.
      return scripting.executeScript({ target: { tabId: tab.id }, files }).then(() => tab.id, () => undefined);
    }),
  );
  return ran.filter((id): id is number => id !== undefined);
}

export function runInOpenTabsWhenAllowed(api: ScriptingLike): void {
  api.permissions.onAdded.addListener(({ origins }) => void runInOpenTabs(api, origins ?? []));
}
