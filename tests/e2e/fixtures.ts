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
  /** What the extension pages' Content Security Policy refused: none may be (wxt.config.ts). */
  cspViolations: string[];
  /** Opens an extension page such as 'popup.html' or 'options.html?x=1'. */
  openExtensionPage: (path: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
  offDeviceRequests: async ({}, use) => {
    await use([]);
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  cspViolations: async ({}, use) => {
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
  openExtensionPage: async ({ context, extensionId, cspViolations }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/.test(message.text())) cspViolations.push(`${path}: ${message.text()}`);
      });
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
    expect(cspViolations, 'what the extension pages\' CSP refused').toEqual([]);
  },
});

export { expect };
