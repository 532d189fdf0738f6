import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ChannelId, Finding, Surface } from '../engine/types';

/**
 * The popup asks the content script of the current tab what it sees:
 * `{ brandline: 1, type: 'tab.state' }` → `{ channel, planName, composers }`, the composer in use
 * (focused or most recently typed in) first.
 */
export interface TabState {
  channel: ChannelId;
  planName: string | undefined;
  composers: { surface: Surface; text: string; findings: Finding[] }[];
}

export function isTabStateRequest(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { brandline?: unknown }).brandline === 1 && (message as { type?: unknown }).type === 'tab.state';
}

export function answerTabState(ctx: ContentScriptContext, state: () => Promise<TabState>): void {
  const listener = (message: unknown) => (isTabStateRequest(message) ? state() : undefined);
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
