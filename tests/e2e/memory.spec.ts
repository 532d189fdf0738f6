/**
 * A working day opens and closes composers hundreds of times in one tab. Each one that goes away
 * must take Brandline's controller, panel and listeners with it (QA17 found every one kept for the
 * tab's life: +60 DOM nodes and +21 listeners per X dialog). Counted after a forced GC with the
 * browser's own counters, so the test measures memory, not time, and does not flake on a busy
 * machine.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SITES } from './sites';

async function counters(page: Page): Promise<{ nodes: number; jsEventListeners: number }> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const counts = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  await cdp.detach();
  return counts;
}

/** Opens the dialog with `open`, waits for Brandline's panel in it, closes it and waits until it is gone. */
async function cycle(page: Page, open: string, tag: string) {
  await page.locator(open).first().click();
  await expect(page.locator('[role="dialog"]')).toHaveCount(1);
  await expect(page.locator(`[role="dialog"] ~ ${tag}, ${tag}`).first()).toBeAttached();
  await page.locator('[data-testid="app-bar-close"]').click();
  await expect(page.locator('[role="dialog"]')).toHaveCount(0);
  await expect(page).toHaveURL(/\/home$/);
}

test('composers that come and go on X leave no controllers, panels or listeners behind', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  // One cycle of each first: the engine loads once, lazily, and its code stays (that is no leak).
  await cycle(page, 'article [data-testid="reply"]', 'brandline-tone-chip');
  await cycle(page, '[data-testid="SideNav_NewTweet_Button"]', 'brandline-overlay');
  await page.waitForTimeout(1500);
  const before = await counters(page);
  const CYCLES = 20;
  for (let i = 0; i < CYCLES; i++) {
    await cycle(page, 'article [data-testid="reply"]', 'brandline-tone-chip');
    await cycle(page, '[data-testid="SideNav_NewTweet_Button"]', 'brandline-overlay');
  }
  // The follow loop drops controllers of removed editors within a second; scans after a navigation run later.
  await page.waitForTimeout(6000);
  const after = await counters(page);
  const cycles = 2 * CYCLES;
  // Printed for the issue notes (memory is a requirement; this is its measurement).
  console.log(`after ${cycles} dialogs: DOM nodes ${before.nodes} → ${after.nodes}, listeners ${before.jsEventListeners} → ${after.jsEventListeners}`);
  // The leak kept ~60 nodes and ~21 listeners per dialog; the playground's own markup varies by a few.
  expect((after.nodes - before.nodes) / cycles, `DOM nodes ${before.nodes} → ${after.nodes}`).toBeLessThan(5);
  expect((after.jsEventListeners - before.jsEventListeners) / cycles, `listeners ${before.jsEventListeners} → ${after.jsEventListeners}`).toBeLessThan(2);
  expect(await page.locator('brandline-overlay, brandline-tone-chip').count()).toBeLessThanOrEqual(2);
});

test('Facebook\'s "Create post" dialog opened and closed leaves nothing behind', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.facebook.home);
  const once = async () => {
    await page.locator('.fb-opener').first().click();
    await expect(page.locator('[role="dialog"]')).toHaveCount(1);
    await expect(page.locator('brandline-overlay').first()).toBeAttached();
    await page.locator('[role="dialog"] .fb-close').click();
    await expect(page.locator('[role="dialog"]')).toHaveCount(0);
  };
  await once();
  await page.waitForTimeout(1500);
  const before = await counters(page);
  const CYCLES = 30;
  for (let i = 0; i < CYCLES; i++) await once();
  await page.waitForTimeout(2000);
  const after = await counters(page);
  console.log(`after ${CYCLES} dialogs: DOM nodes ${before.nodes} → ${after.nodes}, listeners ${before.jsEventListeners} → ${after.jsEventListeners}`);
  expect((after.nodes - before.nodes) / CYCLES, `DOM nodes ${before.nodes} → ${after.nodes}`).toBeLessThan(5);
  expect((after.jsEventListeners - before.jsEventListeners) / CYCLES, `listeners ${before.jsEventListeners} → ${after.jsEventListeners}`).toBeLessThan(2);
});
