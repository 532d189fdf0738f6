import { SITE_MATCHES } from '../content/site-matches';
import { TAB_STATE_REQUEST } from '../messaging/protocol';

/**
 * When the user gives Brandline back its access to a site (the options page's "Allow X", or the
 * browser's own site-access menu), the browser runs the content script only in pages loaded from
 * then on: an X tab already open stayed unchecked until reloaded, and the options page could only
 * say so (QA33 M1). Here the content script is run in those open tabs at once. A tab where it
 * still runs from before gets a second copy, which ends the first (WXT's content-script context
 * stops older copies of the same script, and ours then removes everything it added).
 */
export interface ScriptingLike {
  permissions: { onAdded: { addListener(cb: (permissions: { origins?: string[] }) => void): void }; getAll(): Promise<{ origins?: string[] }> };
  tabs: { query(query: { url: string[] }): Promise<{ id?: number; discarded?: boolean }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  scripting?: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  runtime: {
    getManifest(): { content_scripts?: { matches?: string[]; js?: string[] }[] };
    onInstalled: { addListener(cb: (details: { reason: string }) => void): void };
  };
}

interface MatchPattern {
  scheme: string;
  host: string;
  path: string;
}

/** A match pattern's parts, or undefined for one this code does not read (file:, malformed). */
function parsePattern(pattern: string): MatchPattern | undefined {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*', path: '/*' };
  const m = /^(\*|https?|wss?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  return m ? { scheme: m[1]!, host: m[2]!, path: m[3]! } : undefined;
}

const globMatches = (glob: string, text: string) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(text);

/** Whether every URL `inner` matches is matched by `outer` too. */
function covers(outer: MatchPattern, inner: MatchPattern): boolean {
  const scheme = outer.scheme === inner.scheme || (outer.scheme === '*' && (inner.scheme === 'http' || inner.scheme === 'https'));
  const host =
    outer.host === '*' ||
    outer.host === inner.host ||
    (outer.host.startsWith('*.') && inner.host !== '*' && (inner.host === outer.host.slice(2) || inner.host.endsWith(outer.host.slice(1))));
  return scheme && host && globMatches(outer.path, inner.path);
}

/**
 * Which open tabs to look for, and which of our site patterns they fall under, for the origins the
 * browser granted. Those need not be our patterns word for word: Firefox's site-access menu grants
 * the tab's own host ("https://www.instagram.com/*", rev36 M2), and "all sites" grants a pattern
 * for every host ("<all_urls>"). A grant inside one of ours is looked for as granted; one that takes
 * in one of ours, as ours.
 */
export function tabsToCheck(origins: readonly string[]): { query: string[]; sites: string[] } {
  const query = new Set<string>();
  const sites = new Set<string>();
  for (const origin of origins) {
    const granted = parsePattern(origin);
    if (!granted) continue;
    for (const site of SITE_MATCHES) {
      const ours = parsePattern(site)!;
      if (covers(granted, ours)) query.add(site);
      else if (covers(ours, granted)) query.add(origin);
      else continue;
      sites.add(site);
    }
  }
  return { query: [...query], sites: [...sites] };
}

/** The open tabs of the newly allowed sites that the content script was run in (ids). */
export async function runInOpenTabs(api: ScriptingLike, origins: readonly string[], { skipLive = false } = {}): Promise<number[]> {
  const { query, sites } = tabsToCheck(origins);
  const scripting = api.scripting;
  if (!sites.length || !scripting) return [];
  const files = [...new Set((api.runtime.getManifest().content_scripts ?? []).filter((cs) => cs.matches?.some((m) => sites.includes(m))).flatMap((cs) => cs.js ?? []))];
  if (!files.length) return [];
  const tabs = await api.tabs.query({ url: query }).catch(() => []);
  const ran = await Promise.all(
    tabs.map(async (tab) => {
      // A discarded tab loads again when shown, content script and all.
      if (tab.id === undefined || tab.discarded) return undefined;
      // A copy that answers is live (Firefox runs content scripts in open tabs at install itself).
      if (skipLive && (await api.tabs.sendMessage(tab.id, TAB_STATE_REQUEST).then((answer) => answer !== undefined, () => false))) return undefined;
      // A tab that closed or navigated away meanwhile refuses; nothing to do there.
      return scripting.executeScript({ target: { tabId: tab.id }, files }).then(() => tab.id, () => undefined);
    }),
  );
  return ran.filter((id): id is number => id !== undefined);
}

export function runInOpenTabsWhenAllowed(api: ScriptingLike): void {
  api.permissions.onAdded.addListener(({ origins }) => void runInOpenTabs(api, origins ?? []));
  // Installed or updated: Chrome runs the content script only in pages loaded from then on, and an
  // update leaves the old copy in open tabs cut off from the extension. The X tab the user installed
  // Brandline from gets checked without a reload (QA38 M7), on the sites it may read.
  api.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void api.permissions.getAll().then(({ origins }) => runInOpenTabs(api, origins ?? [], { skipLive: true }), () => undefined);
  });
}
