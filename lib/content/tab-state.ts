import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TabState } from '../messaging/protocol';

export type { TabState };

/**
 * The popup's `{ brandline: 1, type: 'tab.state' }` (TAB_STATE_REQUEST in lib/messaging/protocol.ts).
 * Checked by hand and the protocol imported for types only: its zod schemas would weigh on every
 * page the content script runs in (the popup parses the answer).
 */
export function isTabStateRequest(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { brandline?: unknown }).brandline === 1 && (message as { type?: unknown }).type === 'tab.state';
}

export function answerTabState(ctx: ContentScriptContext, state: () => Promise<TabState>): void {
  const listener = (message: unknown) => (isTabStateRequest(message) ? state() : undefined);
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
