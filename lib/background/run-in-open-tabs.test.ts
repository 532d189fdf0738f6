import { describe, expect, it, vi } from 'vitest';
import { runInOpenTabs, runInOpenTabsWhenAllowed, tabsToCheck, type ScriptingLike } from './run-in-open-tabs';

function fakeApi(tabs: { id?: number; discarded?: boolean; url: string }[], refuse: number[] = [], granted: string[] = [], live: number[] = []) {
  let listener: ((p: { origins?: string[] }) => void) | undefined;
  let installed: ((details: { reason: string }) => void) | undefined;
  const executeScript = vi.fn(({ target }: { target: { tabId: number }; files: string[] }) => (refuse.includes(target.tabId) ? Promise.reject(new Error('No tab')) : Promise.resolve([])));
  const query = vi.fn(({ url }: { url: string[] }) => Promise.resolve(tabs.filter((t) => url.some((pattern) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(t.url)))));
  const api: ScriptingLike = {
    permissions: { onAdded: { addListener: (cb) => void (listener = cb) }, getAll: () => Promise.resolve({ origins: granted }) },
    tabs: { query, sendMessage: (tabId: number) => (live.includes(tabId) ? Promise.resolve({ channel: 'x', composers: [] }) : Promise.reject(new Error('Receiving end does not exist'))) },
    scripting: { executeScript },
    runtime: { onInstalled: { addListener: (cb) => void (installed = cb) }, getManifest: () => ({ content_scripts: [{ matches: ['https://*.facebook.com/*', 'https://*.instagram.com/*', 'https://twitter.com/*', 'https://x.com/*'], js: ['content-scripts/composer.js'] }] }) },
  };
  return { api, executeScript, query, fire: (origins: string[]) => listener?.({ origins }), install: (reason: string) => installed?.({ reason }) };
}

describe('runInOpenTabs', () => {
  it('runs the content script in the open tabs of the sites allowed, not elsewhere', async () => {
    const { api, executeScript } = fakeApi([
      { id: 1, url: 'https://x.com/home' },
      { id: 2, url: 'https://www.facebook.com/' },
      { id: 3, url: 'https://x.com/compose/post' },
      { id: 4, url: 'https://example.com/' },
    ]);
    expect(await runInOpenTabs(api, ['https://x.com/*', 'https://twitter.com/*'])).toEqual([1, 3]);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 1 }, files: ['content-scripts/composer.js'] });
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it('leaves discarded tabs (they load again when shown) and shrugs off tabs that refuse', async () => {
    const { api, executeScript } = fakeApi(
      [
        { id: 1, url: 'https://www.instagram.com/', discarded: true },
        { id: 2, url: 'https://www.instagram.com/p/1' },
        { id: 3, url: 'https://www.instagram.com/p/2' },
      ],
      [2],
    );
    expect(await runInOpenTabs(api, ['https://*.instagram.com/*'])).toEqual([3]);
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it('does nothing for origins that are not its sites, or without the scripting API', async () => {
    const { api, query } = fakeApi([{ id: 1, url: 'https://x.com/home' }]);
    expect(await runInOpenTabs(api, ['https://example.com/*'])).toEqual([]);
    expect(query).not.toHaveBeenCalled();
    expect(await runInOpenTabs({ ...api, scripting: undefined }, ['https://x.com/*'])).toEqual([]);
  });

  it("runs in the tabs of a host the browser granted on its own terms (Firefox's site menu), or of all sites (rev36 M2)", async () => {
    const tabs = [
      { id: 1, url: 'https://www.instagram.com/p/1' },
      { id: 2, url: 'https://help.instagram.com/' },
      { id: 3, url: 'https://x.com/home' },
      { id: 4, url: 'https://example.com/' },
    ];
    const { api, executeScript } = fakeApi(tabs);
    expect(await runInOpenTabs(api, ['https://www.instagram.com/*'])).toEqual([1]);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 1 }, files: ['content-scripts/composer.js'] });
    expect(await runInOpenTabs(fakeApi(tabs).api, ['<all_urls>'])).toEqual([1, 2, 3]);
    expect(await runInOpenTabs(fakeApi(tabs).api, ['*://*/*'])).toEqual([1, 2, 3]);
    expect(await runInOpenTabs(fakeApi(tabs).api, ['https://*.com/*'])).toEqual([1, 2, 3]);
    expect(await runInOpenTabs(fakeApi(tabs).api, ['https://*.org/*', 'https://www.instagram.com/explore'])).toEqual([]);
  });

  it('reads granted patterns against its own', () => {
    expect(tabsToCheck(['https://www.facebook.com/*'])).toEqual({ query: ['https://www.facebook.com/*'], sites: ['https://*.facebook.com/*'] });
    expect(tabsToCheck(['https://facebook.com/*'])).toEqual({ query: ['https://facebook.com/*'], sites: ['https://*.facebook.com/*'] });
    expect(tabsToCheck(['*://*.instagram.com/*'])).toEqual({ query: ['https://*.instagram.com/*'], sites: ['https://*.instagram.com/*'] });
    expect(tabsToCheck(['https://x.com/*', 'https://twitter.com/*']).sites).toEqual(['https://x.com/*', 'https://twitter.com/*']);
    expect(tabsToCheck(['http://x.com/*', 'https://example.com/*', 'file:///*', 'https://x.com/settings'])).toEqual({ query: ['https://x.com/settings'], sites: ['https://x.com/*'] });
  });

  it('runs in the open tabs of the sites it may read when installed or updated, not on a browser update (QA38 M7)', async () => {
    const tabs = [
      { id: 1, url: 'https://x.com/home' },
      { id: 2, url: 'https://www.instagram.com/' },
      { id: 3, url: 'https://www.facebook.com/' },
    ];
    // Facebook's access withheld.
    const { api, executeScript, install } = fakeApi(tabs, [], ['https://x.com/*', 'https://twitter.com/*', 'https://*.instagram.com/*']);
    const firefox = fakeApi(tabs, [], ['https://x.com/*', 'https://*.instagram.com/*'], [1]);
    runInOpenTabsWhenAllowed(firefox.api);
    // A tab whose copy answers (Firefox ran it at install) is left alone.
    firefox.install('install');
    await vi.waitFor(() => expect(firefox.executeScript).toHaveBeenCalledTimes(1));
    expect(firefox.executeScript).toHaveBeenCalledWith({ target: { tabId: 2 }, files: ['content-scripts/composer.js'] });
    runInOpenTabsWhenAllowed(api);
    install('chrome_update');
    await new Promise((done) => setTimeout(done, 10));
    expect(executeScript).not.toHaveBeenCalled();
    install('install');
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(2));
    expect(executeScript.mock.calls.map(([{ target }]) => target.tabId).sort()).toEqual([1, 2]);
    install('update');
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(4));
  });

  it('listens for access given back', async () => {
    const { api, executeScript, fire } = fakeApi([{ id: 7, url: 'https://x.com/home' }]);
    runInOpenTabsWhenAllowed(api);
    fire(['https://x.com/*']);
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['content-scripts/composer.js'] }));
  });
});
