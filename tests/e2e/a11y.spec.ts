/**
 * axe-core on every Brandline page, light and dark: no serious or critical violation.
 * Pages are checked in a state with content (a plan imported, metrics stored) so that the
 * editor, lists and tiles are really there to check.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const EXAMPLE_TEXT = readFileSync('samples/plan.example.json', 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function seed(page: Page): Promise<void> {
  await page.locator('input[type=file][data-action="import-plan"]').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(EXAMPLE_TEXT) });
  await expect(page.getByRole('status')).toContainText('Nordlys Coffee');
  const followers = 'channel,date,followers\ninstagram,2027-01-01,10000\ninstagram,2027-01-31,10600\nx,2027-01-01,2500\nx,2027-01-31,2550\n';
  await page.locator('input[type=file][data-action="import-metrics"]').setInputFiles({ name: 'followers.csv', mimeType: 'text/csv', buffer: Buffer.from(followers) });
  await expect(page.getByRole('status')).toContainText('followers.csv');
}

for (const scheme of ['light', 'dark'] as const) {
  test(`options, popup and side panel have no serious accessibility violation (${scheme})`, async ({ openExtensionPage }) => {
    const options = await openExtensionPage('options.html');
    await options.emulateMedia({ colorScheme: scheme });
    await seed(options);
    // A field with an error message shows the invalid state too.
    await options.locator('#plan-channels-instagram-hashtags-max').fill('9');
    expect(await seriousViolations(options), 'options.html').toEqual([]);

    const popup = await openExtensionPage('popup.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.locator('#glance-heading')).toBeVisible();
    expect(await seriousViolations(popup), 'popup.html').toEqual([]);

    const panel = await openExtensionPage('sidepanel.html?from=2027-01-01&to=2027-01-31&channel=all');
    await panel.emulateMedia({ colorScheme: scheme });
    await expect(panel.locator('body')).not.toBeEmpty();
    await panel.waitForLoadState('networkidle');
    expect(await seriousViolations(panel), 'sidepanel.html').toEqual([]);
  });
}

test('the options page works with the keyboard alone', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await seed(page);
  // Tab reaches the plan editor's first field and the focus is visible.
  const name = page.locator('#plan-name');
  for (let i = 0; i < 60 && !(await name.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(name).toBeFocused();
  const outline = await name.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.type(' North');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Plan saved');
});
