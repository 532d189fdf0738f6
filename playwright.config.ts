import { defineConfig } from '@playwright/test';

// End-to-end tests load the *built* extension (.output/chrome-mv3) into Debian's Chromium.
// Each test gets its own persistent profile, so tests are independent; two workers fit 2 cores.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
});
