import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/server';

export function createHandlers(): Handlers {
  return {
    ping: () => ({ version: browser.runtime.getManifest().version, name: 'brandline' as const }),
  };
}
