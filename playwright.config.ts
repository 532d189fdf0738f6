import { defineConfig } from '@playwright/test';

// Without this, context.route does not see requests made by the extension's service worker, and
// the "nothing leaves the device" check (tests/e2e/fixtures.ts) would miss the background.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= '1';

// End-to-end tests load the *built* extension (.output/chrome-mv3) into Debian's Chromium.
// Each test gets its own persistent profile, so tests are independent; two workers fit 2 cores.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
});
