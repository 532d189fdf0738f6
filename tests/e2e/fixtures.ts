/**
 * Playwright fixtures: a fresh Chromium profile with the built extension, its id, and the
 * playground pages served at the real sites' URLs (see ./sites.ts). Every request that is not
 * to the playground or the extension is recorded in `offDeviceRequests` and aborted: nothing
 * may leave the device.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { extensionIdOf, launchBrowser } from './browser';
import { routePlayground } from './sites';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  offDeviceRequests: string[];
  /** Opens an extension page such as 'popup.html' or 'options.html?x=1'. */
  openExtensionPage: (path: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
  offDeviceRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ offDeviceRequests }, use) => {
    const context = await launchBrowser();
    await routePlayground(context, offDeviceRequests);
    await use(context);
    await context.close();
    // Every test, whatever it is about, also proves that nothing left the device.
    expect(offDeviceRequests, 'requests that would have left the device').toEqual([]);
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export { expect };
