import { browser } from 'wxt/browser';
import { TAB_STATE_REQUEST, tabStateSchema, type TabState } from '@/lib/messaging/protocol';

/**
 * The tab the popup is about: the active tab of its window, or `?tab=<id>` (so a test or a
 * pinned popup tab can point it at a given tab).
 */
export async function targetTabId(search = location.search): Promise<number | undefined> {
  const override = new URLSearchParams(search).get('tab');
  if (override && /^\d+$/.test(override)) return Number(override);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** What the content script of the tab sees; undefined when there is none (not a social tab). */
export async function askTabState(tabId: number): Promise<TabState | undefined> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, TAB_STATE_REQUEST);
    const parsed = tabStateSchema.safeParse(answer);
    // No answer, or one of another shape (an older content script, another extension's page script).
    return parsed.success ? parsed.data : undefined;
  } catch {
    // "Receiving end does not exist": no Brandline content script in that tab.
    return undefined;
  }
}

/** The window of a tab (or the current one): the side panel opens there. */
export async function windowOf(tabId: number | undefined): Promise<number | undefined> {
  try {
    return tabId !== undefined ? (await browser.tabs.get(tabId)).windowId : (await browser.windows.getCurrent()).id;
  } catch {
    return undefined;
  }
}

/**
 * Opens the KPI side panel: Chrome's sidePanel API, Firefox's sidebar. Call it straight from a
 * click handler with the window id known beforehand: both APIs demand a user gesture, which an
 * `await` before the call would lose.
 */
export function openKpiPanel(windowId: number | undefined): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(options: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && windowId !== undefined) return api.sidePanel.open({ windowId });
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel for extensions.'));
}
