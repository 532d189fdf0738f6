import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/server';
import { backupHandlers } from './backup-handlers';
import { metricsHandlers } from './metrics-handlers';
import { planHandlers } from './plan-handlers';
import type { Locale } from '../plan/types';
import type { BackgroundStore } from './store';

export function createHandlers(store: BackgroundStore, exampleLocale?: () => Locale): Handlers {
  return {
    ping: () => ({ version: browser.runtime.getManifest().version, name: 'brandline' as const }),
    'options.open': async () => {
      await browser.runtime.openOptionsPage();
      return { opened: true as const };
    },
    ...planHandlers(store, exampleLocale),
    ...metricsHandlers(store),
    ...backupHandlers(store),
  };
}
