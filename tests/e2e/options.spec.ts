/**
 * The options page as a social media manager uses it: import the example plan (SPEC section 6
 * hook), edit a rule, refuse broken files without changing anything, export, manage several
 * plans, import metrics, erase everything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { extensionIdOf, launchBrowser } from './browser';
import { editorOf, modelText, ruleIds, rulesAfterCheck, typeText } from './composer-helpers';
import { expect, test } from './fixtures';
import { EDITORS, SITES } from './sites';

import type { Plan } from '../../lib/plan/types';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

/** The parts of a raw plan file the tests change. */
interface RawPlan {
  channels: Record<'x' | 'facebook' | 'instagram', { hashtags: Record<string, unknown> }>;
  terms: { banned: [{ term: string; suggest?: string }] };
  goals: { target: number }[];
  identity: { voice: { minSentiment?: number } };
  campaigns: { budget: number }[];
}

const EXAMPLE_TEXT = readFileSync('samples/plan.example.json', 'utf8');
const EXAMPLE = JSON.parse(EXAMPLE_TEXT) as Record<string, unknown>;

interface Reply<T> {
  ok: boolean;
  value: T;
}

async function ask<T>(page: Page, type: string, payload: object = {}): Promise<T> {
  const reply = (await page.evaluate(([type, payload]) => chrome.runtime.sendMessage({ brandline: 1, type, payload }), [type, payload] as const)) as Reply<T>;
  expect(reply.ok, `${type} answered ${JSON.stringify(reply)}`).toBe(true);
  return reply.value;
}

function planFile(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

function variant(change: (plan: RawPlan) => void): string {
  const plan = structuredClone(EXAMPLE) as unknown as RawPlan;
  change(plan);
  return JSON.stringify(plan, null, 2);
}

async function importPlan(page: Page, name: string, text: string): Promise<void> {
  await page.locator('input[type=file][data-action="import-plan"]').setInputFiles(planFile(name, text));
}

async function openOptionsWithExample(openExtensionPage: (path: string) => Promise<Page>): Promise<Page> {
  const page = await openExtensionPage('options.html');
  await importPlan(page, 'plan.example.json', EXAMPLE_TEXT);
  await expect(page.getByRole('status')).toContainText('Nordlys Coffee');
  return page;
}

test('the extension pages cannot reach the network: their CSP refuses it (rev23)', async ({ openExtensionPage, cspViolations, offDeviceRequests }) => {
  const page = await openExtensionPage('options.html');
  const outcome = await page.evaluate(() => fetch('https://example.com/beacon', { method: 'POST', body: 'x' }).then(() => 'sent', (error: unknown) => String(error)));
  expect(outcome).toMatch(/Failed to fetch/);
  // Refused by the browser before any request was made (the route guard saw nothing).
  await expect.poll(() => cspViolations.join('\n')).toContain(`Connecting to 'https://example.com/beacon' violates the following Content Security Policy directive: "connect-src 'self'"`);
  expect(offDeviceRequests).toEqual([]);
  cspViolations.length = 0;
  // Every site allowed (the default): no "Site access" card (Firefox's smoke test takes one away).
  await expect(page.locator('.bl-site-access')).toHaveCount(0);
});

test('imports the example plan, which becomes active on its channels', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  expect((await ask<{ planId: string | null }>(page, 'plans.active', { channel: 'instagram' })).planId).toBeNull();
  await importPlan(page, 'plan.example.json', EXAMPLE_TEXT);
  await expect(page.getByRole('status')).toContainText('Imported “Nordlys Coffee”');
  await expect(page.locator('[role=alert]')).toBeEmpty();
  for (const channel of ['x', 'facebook', 'instagram']) {
    expect((await ask<{ planId: string }>(page, 'plans.active', { channel })).planId).toBe('nordlys-coffee');
  }
  // The editor shows the imported plan.
  await expect(page.locator('#plan-name')).toHaveValue('Nordlys Coffee');
  await expect(page.locator('#plan-channels-instagram-hashtags-required')).toHaveValue('#NordlysCoffee');
});

test('an edited rule is stored and announced', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  const revision = async () => page.evaluate(async () => Number((await chrome.storage.local.get('plansRevision')).plansRevision ?? 0));
  const revisionBefore = await revision();

  await page.locator('#plan-channels-x-hashtags-max').fill('1');
  await page.locator('#plan-terms-banned-0-suggest').fill('great value');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status')).toContainText('Plan saved');

  const stored = await ask<{ plan: Plan; raw: RawPlan }>(page, 'plans.get', { id: 'nordlys-coffee' });
  expect(stored.plan.channels.x.hashtags.max).toBe(1);
  expect(stored.raw.channels.x.hashtags.max).toBe(1);
  expect(stored.raw.terms.banned[0].suggest).toBe('great value');
  expect((await ask<{ plan: Plan }>(page, 'plans.active', { channel: 'x' })).plan.channels.x.hashtags.max).toBe(1);
  expect(await revision()).toBeGreaterThan(revisionBefore);
});

test('a saved plan whose fix the plan flags again is pointed out, and saved all the same (QA22)', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  // "cheap" → "good value", and now "good value" is to be written "fair price" instead: a fix the plan flags again.
  await page.locator('#plan-terms-preferred-0-use').fill('fair price');
  await page.locator('#plan-terms-preferred-0-insteadOf').fill('good value');
  await page.getByRole('button', { name: 'Save plan' }).click();
  const status = page.getByRole('status');
  await expect(status).toContainText('Plan saved');
  await expect(status).toContainText('Worth a look: a note about the plan.');
  // Named as the editor titles the card, counting from one (QA23).
  await expect(status).toContainText('Banned term 1, suggestion: the suggestion "good value" is flagged by the plan itself: Say "fair price" instead of "good value".');
  expect((await ask<{ raw: { terms: { preferred: { use: string }[] } } }>(page, 'plans.get', { id: 'nordlys-coffee' })).raw.terms.preferred[0]!.use).toBe('fair price');
});

test('a long term list has a filter, and a new term takes the focus (QA22: 300 banned terms)', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  const plan = structuredClone(EXAMPLE) as unknown as RawPlan;
  (plan.terms as { banned: { term: string; suggest?: string }[] }).banned = Array.from({ length: 30 }, (_, i) => ({ term: i % 10 === 3 ? `cheap ${i}` : `term ${i}`, ...(i === 7 ? { suggest: 'cheaper' } : {}) }));
  await importPlan(page, 'big.json', JSON.stringify(plan));
  await expect(page.getByRole('status')).toContainText('Nordlys Coffee');
  const cards = page.locator('section.bl-rows:has(#plan-terms-banned-filter) > .bl-row-item');
  await expect(cards).toHaveCount(30);
  await page.getByLabel('Filter banned terms').fill('CHEAP');
  // The terms holding "cheap", and the one whose suggestion does.
  await expect(cards.locator('visible=true')).toHaveCount(4);
  await expect(page.locator('#plan-terms-banned-filter-count')).toHaveText('4 of 30 shown');
  await expect(page.locator('#plan-terms-banned-13-term')).toBeVisible();
  await expect(page.locator('#plan-terms-banned-0-term')).toBeHidden();
  // Rewriting a matched term keeps its card in view and the keys in it (rev27).
  await page.locator('#plan-terms-banned-13-term').fill('');
  await page.locator('#plan-terms-banned-13-term').pressSequentially('budget');
  await expect(page.locator('#plan-terms-banned-13-term')).toHaveValue('budget');
  await expect(page.locator('#plan-terms-banned-13-term')).toBeFocused();
  // Enter in the filter box filters; it does not save the plan.
  await page.getByLabel('Filter banned terms').press('Enter');
  await expect(page.locator('form.bl-editor')).toHaveAttribute('data-dirty', 'true');
  // Moving is off while filtering (a neighbour may be out of sight); removing moves the focus on.
  await expect(page.locator('section.bl-rows:has(#plan-terms-banned-filter) > .bl-row-item:not([hidden]) [data-move]').first()).toBeDisabled();
  await page.getByRole('button', { name: 'Remove Banned term 14' }).click();
  await expect(cards.locator('visible=true')).toHaveCount(3);
  await expect(page.locator('#plan-terms-banned-22-term')).toBeFocused();
  // Adding clears the filter and puts the caret in the new term.
  await page.getByRole('button', { name: 'Add banned term' }).click();
  await expect(cards.locator('visible=true')).toHaveCount(30);
  await expect(page.locator('#plan-terms-banned-29-term')).toBeFocused();
  // The example plan's short lists have no filter.
  await expect(page.locator('#plan-terms-spelling-filter')).toHaveCount(0);
});

test('several banned terms are added at once from pasted lines (QA22)', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  await page.getByRole('button', { name: 'Add several banned terms…' }).click();
  const box = page.getByLabel('Add several banned terms…');
  await box.fill('cheapest\n\nbargain → good value\nbudget beans');
  await page.getByRole('button', { name: 'Add 3' }).click();
  await expect(page.locator('#plan-terms-banned-2-term')).toHaveValue('cheapest');
  await expect(page.locator('#plan-terms-banned-3-term')).toHaveValue('bargain');
  await expect(page.locator('#plan-terms-banned-3-suggest')).toHaveValue('good value');
  await expect(page.locator('#plan-terms-banned-4-term')).toHaveValue('budget beans');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status')).toContainText('Plan saved');
  const stored = await ask<{ raw: { terms: { banned: { term: string; suggest?: string }[] } } }>(page, 'plans.get', { id: 'nordlys-coffee' });
  expect(stored.raw.terms.banned.slice(2)).toEqual([{ term: 'cheapest' }, { term: 'bargain', suggest: 'good value' }, { term: 'budget beans' }]);
  // Preferred terms too: the words to avoid, an arrow, the word to use.
  await page.getByRole('button', { name: 'Add several preferred terms…' }).click();
  await page.getByLabel('Add several preferred terms…').fill('guys, folks → everyone');
  await page.getByRole('button', { name: 'Add 1' }).click();
  const preferred = await ask<{ raw: { terms: { preferred: { use: string; insteadOf: string[] }[] } } }>(page, 'plans.get', { id: 'nordlys-coffee' });
  const at = preferred.raw.terms.preferred.length;
  await expect(page.locator(`#plan-terms-preferred-${at}-use`)).toHaveValue('everyone');
  await expect(page.locator(`#plan-terms-preferred-${at}-use`)).toBeFocused();
  await expect(page.locator(`#plan-terms-preferred-${at}-insteadOf`)).toHaveValue('guys, folks');
});

test('the keyboard focus stays where the user works: Save, Enter in a field, Discard, Add several, Delete, Escape on erase (QA24)', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  const name = page.locator('#plan-name');
  // Enter in a field saves and leaves the caret in that field.
  await name.fill('Nordlys Coffee AS');
  await name.press('Enter');
  await expect(page.getByRole('status')).toContainText('Plan saved');
  await expect(name).toBeFocused();
  // Save from its button: the button turns disabled, the focus goes to what it says now.
  await name.fill('Nordlys Coffee');
  await page.getByRole('button', { name: 'Save plan' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#plan-save-state')).toBeFocused();
  await expect(page.locator('#plan-save-state')).toHaveText('All changes saved');
  await name.fill('Nordlys');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.locator('#plan-save-state')).toBeFocused();
  // "Add several…": into the box, back to its button on Cancel, on the first new item after Add.
  const several = page.getByRole('button', { name: 'Add several banned terms…' });
  await several.focus();
  await page.keyboard.press('Enter');
  const box = page.getByLabel('Add several banned terms…');
  await expect(box).toBeFocused();
  await expect(several).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(several).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('cheapest\nbargain');
  await page.getByRole('button', { name: 'Add 2' }).click();
  await expect(page.locator('#plan-terms-banned-2-term')).toBeFocused();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  // Escape answers the erase question "no".
  await page.locator('[data-action="erase"]').click();
  await expect(page.locator('.bl-confirm').getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-action="erase"]')).toBeFocused();
  // Delete: the focus goes to Undo.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('[data-action="delete-plan"]').click();
  await expect(page.locator('[data-action="undo-delete"]')).toBeVisible();
  await expect(page.locator('[data-action="undo-delete"]')).toBeFocused();
});

test('number fields keep what is typed key by key: decimals and a leading minus', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  // pressSequentially types like a person: the editor rebuilds the plan on every key, and showing
  // the parsed number back used to turn "0.0" into "0" (so 0.045 was stored as 45) and drop "-".
  for (const [field, typed] of [['#plan-goals-1-target', '0.045'], ['#plan-identity-voice-minSentiment', '-0.1'], ['#plan-campaigns-0-budget', '1500.05']] as const) {
    await page.locator(field).fill('');
    await page.locator(field).pressSequentially(typed);
    await expect(page.locator(field)).toHaveValue(typed);
  }
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status')).toContainText('Plan saved');
  const stored = await ask<{ raw: RawPlan }>(page, 'plans.get', { id: 'nordlys-coffee' });
  expect(stored.raw.goals[1]?.target).toBe(0.045);
  expect(stored.raw.identity.voice.minSentiment).toBe(-0.1);
  expect(stored.raw.campaigns[0]?.budget).toBe(1500.05);
});

test('a rate goal typed as a percentage says what it will mean before it is saved (QA18)', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  await page.locator('#plan-goals-1-target').fill('4.5');
  await expect(page.locator('#plan-goals-1-target-hint')).toHaveText('4.5 is 450%. For 4.5%, write 0.045 or 4.5%.');
  await page.locator('#plan-goals-1-target').fill('0.045');
  await expect(page.locator('#plan-goals-1-target-hint')).toHaveText('A rate: 0.045 or 4.5 % (with the percent sign).');
  await expect(page.locator('#plan-goals-0-target-hint')).toHaveCount(0);
  // The percentage the hint shows may be typed as such (QA39 L1): stored as the fraction.
  await page.locator('#plan-goals-1-target').fill('3.3 %');
  await expect(page.locator('#plan-goals-1-target-hint')).toHaveText('A rate: 0.045 or 4.5 % (with the percent sign).');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status')).toContainText('Plan saved.');
  const stored = await ask<{ raw: RawPlan }>(page, 'plans.get', { id: 'nordlys-coffee' });
  expect((stored.raw.goals as { target: number }[])[1]!.target).toBe(0.033);
  await expect(page.locator('#plan-goals-1-target')).toHaveValue('3.3 %');
});

test('a number the browser cannot read is refused with a reason, not saved as the last number it could read', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  // Chromium keeps most stray characters out of a number field, but not an unfinished exponent;
  // Firefox takes any text ("1 500", "0,045"). Either way the field then reads as nothing.
  await page.locator('#plan-campaigns-0-budget').fill('');
  await page.locator('#plan-campaigns-0-budget').pressSequentially('1500e');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('alert')).toContainText('Campaign 1, Budget: expected a number, got text that is not a number');
  const stored = await ask<{ raw: RawPlan }>(page, 'plans.get', { id: 'nordlys-coffee' });
  expect(stored.raw.campaigns[0]?.budget).toBe((EXAMPLE.campaigns as { budget: number }[])[0]!.budget);
});

test('importing a file over a plan edited here asks first, and says it replaced it', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  // The same file again: nothing would be lost, so no question.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void (dialogs.length === 1 ? dialog.dismiss() : dialog.accept());
  });
  await importPlan(page, 'plan.example.json', EXAMPLE_TEXT);
  await expect(page.getByRole('status')).toContainText('Replaced the stored “Nordlys Coffee” with the imported file');
  expect(dialogs).toEqual([]);

  await page.locator('#plan-identity-mission').fill('Edited here, not in the file');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status')).toContainText('Plan saved');
  const mission = async () => (await ask<{ raw: { identity: { mission?: string } } }>(page, 'plans.get', { id: 'nordlys-coffee' })).raw.identity.mission;
  // Declined: the edit stays.
  await importPlan(page, 'plan.example.json', EXAMPLE_TEXT);
  await expect.poll(() => dialogs.length).toBe(1);
  expect(dialogs[0]).toContain('“Nordlys Coffee” is already stored');
  await expect(page.getByRole('status')).toContainText('plan.example.json was not imported: the stored plan and your edits to it are kept.');
  expect(await mission()).toBe('Edited here, not in the file');
  // Accepted: the file replaces it, and the status says so.
  await importPlan(page, 'plan-again.json', EXAMPLE_TEXT);
  await expect(page.getByRole('status')).toContainText('Replaced the stored “Nordlys Coffee”');
  expect(dialogs).toHaveLength(2);
  expect(await mission()).toBe((EXAMPLE.identity as { mission: string }).mission);
  // A new version of a file imported and not edited since: nothing would be lost, so no question.
  // The status names the plan it replaced, as it was stored.
  await importPlan(page, 'renamed.json', JSON.stringify({ ...EXAMPLE, name: 'Nordlys Coffee v2' }));
  await expect(page.getByRole('status')).toContainText('Replaced the stored “Nordlys Coffee” with the imported file');
  expect(dialogs).toHaveLength(2);
  await expect(page.locator('[role="alert"]')).toHaveText('');
});

test('Tab never leaves the focused control under the sticky bars, and a long problem list can be closed', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  await page.setViewportSize({ width: 1280, height: 860 });
  // Many problems at once: the outcome bar at the top grows, the save bar sits at the bottom.
  for (const field of ['#plan-channels-x-hashtags-max', '#plan-channels-facebook-hashtags-max', '#plan-channels-instagram-hashtags-max']) await page.locator(field).fill('-1');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await page.locator('h1').click();
  const hidden: string[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el.closest('.bl-options-outcome, .bl-savebar')) return null;
      const box = el.getBoundingClientRect();
      const top = document.querySelector('.bl-options-outcome')!.getBoundingClientRect().bottom;
      const bottom = document.querySelector('.bl-savebar')?.getBoundingClientRect().top ?? innerHeight;
      return { id: el.id || el.textContent?.slice(0, 30) || el.tagName, covered: box.top < top - 1 || box.bottom > bottom + 1 };
    });
    if (where?.covered) hidden.push(where.id);
  }
  expect(hidden).toEqual([]);
  // The outcome bar never takes more than about a third of the window, and Close empties it.
  const height = await page.locator('.bl-options-outcome').evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBeLessThanOrEqual(860 * 0.35 + 1);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.bl-options-outcome [role=alert]')).toBeEmpty();
});

test('moving a card from the keyboard keeps the focus on the moved card', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  // Each button names its item by its name, not only its place (QA24).
  await page.getByRole('button', { name: 'Move Audience 2 “Office managers” up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#plan-audiences-0-name')).toHaveValue('Office managers');
  // The moved card is first now: its own "Move up" is disabled, so focus is on its "Move down",
  // and Enter again moves the same card back (not the one that took its old place).
  await expect(page.getByRole('button', { name: 'Move Audience 1 “Office managers” down' })).toBeFocused();
  await expect(page.locator('.bl-rows:has(#plan-audiences-0-name) [data-moved]')).toHaveText('“Office managers” moved to place 1 of 2.');
  await page.keyboard.press('Enter');
  await expect(page.locator('#plan-audiences-0-name')).toHaveValue('Home brewers');
  await expect(page.getByRole('button', { name: 'Move Audience 2 “Office managers” up' })).toBeFocused();
});

test('shows a validation message next to the field and refuses to save', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  const field = page.locator('#plan-channels-instagram-hashtags-max');
  await field.fill('9');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#plan-channels-instagram-hashtags-max-error')).not.toBeEmpty();
  await page.getByRole('button', { name: 'Save plan' }).click();
  // Named as the page names it: the card and the field's label, not the file's JSON path (QA31 M2).
  await expect(page.getByRole('alert')).toContainText('Instagram, Hashtags, at most: Instagram allows at most 5 hashtags');
  await expect(field).toBeFocused();
  const stored = await ask<{ plan: Plan }>(page, 'plans.get', { id: 'nordlys-coffee' });
  expect(stored.plan.channels.instagram.hashtags.max).toBe(5);
});

test('a refused save takes the focus to a list field with a bad item, and to an id another plan has (QA31 M3, M4)', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  const required = page.locator('#plan-channels-x-hashtags-required');
  await required.fill('#two words');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(required).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('X, Required hashtags');
  await required.fill('');
  // A second plan; then this one renamed to its id: the background refuses, the field says why.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByLabel('Or start a new plan named').fill('Fjord Bakery');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.locator('#plan-id')).toHaveValue('fjord-bakery');
  await page.locator('#plan-id').fill('nordlys-coffee');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('alert')).toContainText('another plan already has the id');
  await expect(page.locator('#plan-id')).toBeFocused();
  await expect(page.locator('#plan-id')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#plan-id-error')).toContainText('another plan already has the id');
  await expect(page.locator('#plan-save-state')).toHaveText('1 problem to fix');
  // It stays while other fields are edited, and goes once the id is (rev33).
  await page.locator('#plan-name').fill('Fjord Bakery AS');
  await expect(page.locator('#plan-id')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('#plan-id').fill('fjord-bakery-2');
  await expect(page.locator('#plan-id')).not.toHaveAttribute('aria-invalid', 'true');
  // Discard goes back to the stored plan, which has none of the background's problems (rev34).
  await page.locator('#plan-id').fill('nordlys-coffee');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.locator('#plan-id')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.locator('#plan-id')).toHaveValue('fjord-bakery');
  await expect(page.locator('#plan-id')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#plan-save-state')).not.toHaveText(/problem/);
});

const BROKEN = [
  { name: 'an unknown key', file: 'typo.json', text: variant((p) => (p.channels.x.hashtags.mxa = 2)), path: 'channels.x.hashtags.mxa' },
  { name: 'a wrong type', file: 'type.json', text: variant((p) => (p.channels.instagram.hashtags.max = 'five')), path: 'channels.instagram.hashtags.max' },
  { name: 'a file that is not JSON', file: 'broken.json', text: EXAMPLE_TEXT.slice(0, 200), path: 'line' },
];
for (const { name, file, text, path } of BROKEN) {
  test(`refuses ${name}, naming where, and changes nothing`, async ({ openExtensionPage }) => {
    const page = await openOptionsWithExample(openExtensionPage);
    const before = await ask(page, 'plans.list');
    const exportBefore = await ask(page, 'plans.export', { id: 'nordlys-coffee' });
    await importPlan(page, file, text);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(file);
    await expect(alert).toContainText(path);
    await expect(page.locator('[role=status]')).toBeEmpty();
    expect(await ask(page, 'plans.list')).toEqual(before);
    expect(await ask(page, 'plans.export', { id: 'nordlys-coffee' })).toEqual(exportBefore);
  });
}

test('export gives back the imported JSON', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  expect(download.suggestedFilename()).toBe('nordlys-coffee.json');
  const text = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(text)).toEqual(EXAMPLE);
  await expect(page.getByRole('status')).toContainText('nordlys-coffee.json');
});

test('keeps several plans: create, duplicate, choose per channel, delete with undo', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  await page.getByLabel('Or start a new plan named').fill('Fjord Bakery');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('status')).toContainText('Fjord Bakery');
  await expect(page.locator('#plan-id')).toHaveValue('fjord-bakery');

  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.locator('#plan-id')).toHaveValue('fjord-bakery-copy');

  await page.locator('#active-facebook').selectOption('fjord-bakery');
  await expect(page.getByRole('status')).toContainText('Facebook now uses “Fjord Bakery”');
  // A channel with a chosen plan offers only plans: the fallback cannot be picked (it would change nothing).
  await expect(page.locator('#active-facebook option[value=""]')).toHaveCount(0);
  expect(await ask(page, 'plans.list')).toMatchObject({ active: { x: 'nordlys-coffee', facebook: 'fjord-bakery', instagram: 'nordlys-coffee' } });
  // Browsing the choices with the arrow keys changes nothing until Enter or leaving the field (QA24).
  const x = page.locator('#active-x');
  await x.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(x).not.toHaveValue('nordlys-coffee');
  expect(await ask(page, 'plans.list')).toMatchObject({ active: { x: 'nordlys-coffee' } });
  // Escape puts back the plan in effect; typing a letter browses like the arrows (rev28).
  await page.keyboard.press('Escape');
  await expect(x).toHaveValue('nordlys-coffee');
  await page.keyboard.press('f');
  await expect(x).toHaveValue(/^fjord-bakery/);
  expect(await ask(page, 'plans.list')).toMatchObject({ active: { x: 'nordlys-coffee' } });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('X now uses');
  const chosen = await x.inputValue();
  expect(chosen).toMatch(/^fjord-bakery/);
  expect(await ask(page, 'plans.list')).toMatchObject({ active: { x: chosen } });
  // Enter did not open the list: Tab leaves the choice as it is (QA24b).
  await page.keyboard.press('Tab');
  await expect(x).not.toBeFocused();
  await expect(x).toHaveValue(chosen);
  expect(await ask(page, 'plans.list')).toMatchObject({ active: { x: chosen } });
  await x.selectOption('nordlys-coffee');
  await expect(page.getByRole('status')).toContainText('X now uses “Nordlys Coffee”');

  await page.locator('[data-plan-id="fjord-bakery"]').first().click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted the plan “Fjord Bakery”');
  expect(((await ask<{ plans: { id: string }[] }>(page, 'plans.list')).plans).map((p) => p.id)).toEqual(['fjord-bakery-copy', 'nordlys-coffee']);
  // Facebook lost its plan: the list names the plan it now follows, the most recently edited one.
  const copy = (await ask<{ plans: { id: string; name: string }[] }>(page, 'plans.list')).plans.find((p) => p.id === 'fjord-bakery-copy')!;
  await expect(page.locator('#active-facebook option[value=""]')).toHaveText(`Most recently edited plan: ${copy.name}`);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toContainText('Restored');
  expect(await ask(page, 'plans.list')).toMatchObject({ active: { facebook: 'fjord-bakery' } });
});

test('two tabs: a saved edit is never overwritten by a stale editor; a clean editor shows the new version', async ({ openExtensionPage }) => {
  const a = await openOptionsWithExample(openExtensionPage);
  const b = await openExtensionPage('options.html');
  await expect(b.locator('#plan-name')).toHaveValue('Nordlys Coffee');
  // A edits without saving; B saves a change to another field.
  await a.locator('#plan-name').fill('Nordlys (tab A)');
  await b.locator('#plan-channels-x-hashtags-max').fill('1');
  await b.getByRole('button', { name: 'Save plan' }).click();
  await expect(b.getByRole('status')).toContainText('Plan saved');
  // A is told at once, keeps its edit, and its save does not overwrite B's.
  await expect(a.getByRole('alert')).toContainText('was saved in another tab or window');
  await expect(a.locator('#plan-name')).toHaveValue('Nordlys (tab A)');
  await a.getByRole('button', { name: 'Save plan' }).click();
  await expect(a.getByRole('alert')).toContainText('Your edits here are not saved yet');
  expect((await ask<{ raw: RawPlan & { name: string } }>(a, 'plans.get', { id: 'nordlys-coffee' })).raw.name).toBe('Nordlys Coffee');
  // Keeping A's version is a choice: it saves A's whole editor over B's.
  await a.getByRole('button', { name: 'Save my version over it' }).click();
  await expect(a.getByRole('status')).toContainText('Plan saved');
  const stored = await ask<{ raw: RawPlan & { name: string } }>(a, 'plans.get', { id: 'nordlys-coffee' });
  expect(stored.raw.name).toBe('Nordlys (tab A)');
  // B had no unsaved edits: it shows A's version without asking.
  await expect(b.getByRole('status')).toContainText('the editor shows that version now');
  await expect(b.locator('#plan-name')).toHaveValue('Nordlys (tab A)');
});

test('editing a campaign id that has stored results says where the results went', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  await ask(page, 'metrics.log', { kind: 'campaign', record: { campaignId: 'winter-2027', date: '2027-01-10', spend: 500 } });
  await page.locator('#plan-campaigns-0-id').fill('winter-blend-2027');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status')).toContainText('Plan saved');
  await expect(page.getByRole('status')).toContainText('Stored results of “winter-2027” belong to no campaign of this plan now');
});

test('Undo of a delete is offered only with the delete\'s own message', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.getByLabel('Or start a new plan named').fill('Nordlys Coffee');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('status')).toContainText('Created the plan');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('a plan file saved as Windows-1252 or UTF-16 keeps its Norwegian letters', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  const text = variant((plan) => {
    (plan as unknown as { name: string }).name = 'Blåbær Øl';
    plan.terms.banned[0].term = 'særdeles';
  });
  const latin1 = Buffer.from(text, 'latin1');
  await page.locator('input[type=file][data-action="import-plan"]').setInputFiles({ name: 'ansi.json', mimeType: 'application/json', buffer: latin1 });
  await expect(page.getByRole('status')).toContainText('Imported “Blåbær Øl”');
  expect((await ask<{ raw: RawPlan }>(page, 'plans.get', { id: 'nordlys-coffee' })).raw.terms.banned[0].term).toBe('særdeles');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace('Blåbær Øl', 'Blåbær Øl 2'), 'utf16le')]);
  await page.locator('input[type=file][data-action="import-plan"]').setInputFiles({ name: 'unicode.json', mimeType: 'application/json', buffer: utf16 });
  await expect(page.getByRole('status')).toContainText('Replaced the stored “Blåbær Øl”');
  expect((await ask<{ raw: { name: string } }>(page, 'plans.get', { id: 'nordlys-coffee' })).raw.name).toBe('Blåbær Øl 2');
});

test('unsaved edits are not thrown away by Duplicate, Create or Delete without asking', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  await page.locator('#plan-name').fill('Nordlys EDITED');
  await expect(page.locator('[data-dirty="true"]')).toHaveCount(1);
  const dialogs: string[] = [];
  // Refuse: the edit stays in the editor and nothing new is stored.
  page.once('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await page.getByLabel('Or start a new plan named').fill('Fjord Bakery');
  page.once('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
  await page.getByRole('button', { name: 'Create plan' }).click();
  expect(dialogs).toEqual(['This plan has unsaved changes. Discard them?', 'This plan has unsaved changes. Discard them?']);
  await expect(page.locator('#plan-name')).toHaveValue('Nordlys EDITED');
  expect((await ask<{ plans: unknown[] }>(page, 'plans.list')).plans).toHaveLength(1);
  // Accept: the action goes ahead.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.locator('#plan-id')).toHaveValue('nordlys-coffee-copy');
});

test('closing or reloading the page with unsaved edits asks first; saved edits do not (QA31 H1)', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  const asked: string[] = [];
  page.on('dialog', (dialog) => (asked.push(dialog.type()), void dialog.dismiss()));
  await page.locator('#plan-name').fill('Nordlys EDITED');
  await expect(page.locator('[data-dirty="true"]')).toHaveCount(1);
  // Dismissed: the page stays with the edit.
  await page.reload({ timeout: 3000 }).catch(() => undefined);
  await expect.poll(() => asked).toEqual(['beforeunload']);
  await expect(page.locator('#plan-name')).toHaveValue('Nordlys EDITED');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.locator('[data-dirty="false"]')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('#plan-name')).toHaveValue('Nordlys EDITED');
  expect(asked).toEqual(['beforeunload']);
});

test('imports metrics files, idempotently, and refuses a bad one whole, naming its line and column', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  const input = page.locator('input[type=file][data-action="import-metrics"]');
  const followers = { name: 'followers.csv', mimeType: 'text/csv', buffer: Buffer.from('channel,date,followers\ninstagram,2027-01-01,10000\ninstagram,2027-01-31,10600\n') };
  await input.setInputFiles([followers]);
  await expect(page.getByRole('status')).toContainText('followers.csv');
  await expect(page.getByRole('status')).toContainText('new: 2');
  await input.setInputFiles([followers]);
  await expect(page.getByRole('status')).toContainText('new: 0');
  expect(await ask(page, 'metrics.summary')).toMatchObject({ snapshots: 2 });

  // A new good row and a bad one: SPEC §5, nothing of a rejected file is stored.
  const broken = { name: 'followers-march.csv', mimeType: 'text/csv', buffer: Buffer.from('channel,date,followers\ninstagram,2027-03-01,11000\nx,2027-13-45,5\n') };
  await input.setInputFiles([broken]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('followers-march.csv: line 3: column "date"');
  await expect(alert).toContainText('nothing from this file was imported');
  expect(await ask(page, 'metrics.summary')).toMatchObject({ snapshots: 2 });

  await input.setInputFiles([{ name: 'mystery.csv', mimeType: 'text/csv', buffer: Buffer.from('foo,bar\n1,2\n') }]);
  await expect(page.getByRole('alert')).toContainText('mystery.csv');
  // The heading names the file; the problem under it does not name it again.
  await expect(page.getByRole('alert')).toContainText('not a file Brandline can import');
  expect((await page.getByRole('alert').innerText()).match(/mystery\.csv/g)).toHaveLength(1);
  expect(await ask(page, 'metrics.summary')).toMatchObject({ snapshots: 2, posts: 0 });

  // Two files at once, one good and one bad: each outcome in its own region, said once.
  const april = { name: 'followers-april.csv', mimeType: 'text/csv', buffer: Buffer.from('channel,date,followers\ninstagram,2027-04-01,11500\n') };
  const may = { name: 'followers-may.csv', mimeType: 'text/csv', buffer: Buffer.from('channel,date,followers\nx,2027-05-03,abc\n') };
  await input.setInputFiles([april, may]);
  await expect(page.getByRole('status')).toContainText('followers-april.csv');
  await expect(page.getByRole('status')).not.toContainText('followers-may.csv');
  await expect(page.getByRole('alert')).toContainText('followers-may.csv: line 2: column "followers"');
  await expect(page.getByRole('alert')).not.toContainText('followers-april.csv');
  expect((await page.getByRole('alert').innerText()).match(/nothing/g)).toHaveLength(1);
  expect(await ask(page, 'metrics.summary')).toMatchObject({ snapshots: 3 });

  // A GA4 download of a date range that shares days with one stored: both count (SPEC §5), and it says so.
  const ga4 = (name: string, from: string, to: string) => ({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(`# Start date: ${from}\n# End date: ${to}\nSession source / medium,Sessions\nfacebook / social,100\n`),
  });
  await input.setInputFiles([ga4('ga4-jan.csv', '20270101', '20270131')]);
  await expect(page.getByRole('status')).toContainText('ga4-jan.csv');
  await expect(page.getByRole('status')).not.toContainText('share days');
  await input.setInputFiles([ga4('ga4-mid.csv', '20270115', '20270214')]);
  await expect(page.getByRole('status')).toContainText('ga4-mid.csv');
  await expect(page.getByRole('status')).toContainText('Its web sessions share days with sessions already stored for Jan 1 – 31, 2027.');
  expect(await ask(page, 'metrics.summary')).toMatchObject({ webSessions: 2 });
});

test('campaign results of an id no plan lists: the import says so apart from the success, and the side panel too (QA29)', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  const input = page.locator('input[type=file][data-action="import-metrics"]');
  const results = 'campaign,date,spend,clicks,conversions,revenue\nwinter-2072,2027-01-10,500,40,2,900\nwinter-2027,2027-01-10,300,20,1,400\n';
  await input.setInputFiles([{ name: 'results-typo.csv', mimeType: 'text/csv', buffer: Buffer.from(results) }]);
  const status = page.getByRole('status');
  await expect(status.locator('.bl-notice-success')).toContainText('results-typo.csv');
  const warning = status.locator('[data-outcome="warning"]');
  await expect(warning).toContainText('results-typo.csv: winter-2072: no campaign of your plans has this id');
  await expect(status.locator('.bl-notice-success')).not.toContainText('winter-2072');
  const panel = await openExtensionPage('sidepanel.html?from=2027-01-01&to=2027-01-31&channel=all');
  await expect(panel.getByTestId('unplanned-campaigns')).toContainText('Results of winter-2072 count in Spend, Revenue and ROI for all channels');
  await expect(panel.locator('tr[data-campaign="winter-2027"]')).toBeVisible();
  await expect(panel.locator('[data-kpi="spend"]')).toHaveAttribute('data-value', '800');

  // The wrong file is taken back (QA29 H1): its rows go, the plan and the other data stay, and the
  // open side panel shows the numbers without it.
  const undoable = page.getByTestId('undoable-import');
  await expect(undoable).toContainText('Last import: results-typo.csv');
  await expect(undoable).toContainText('(new: 2, updated: 0)');
  await undoable.getByRole('button', { name: 'Undo this import' }).click();
  await expect(status).toContainText('Took back results-typo.csv — rows removed: 2, put back as they were before it: 0.');
  await expect(undoable).toHaveCount(0);
  expect(await ask(page, 'metrics.summary')).toMatchObject({ campaignResults: 0 });
  expect((await ask<{ plans: unknown[] }>(page, 'plans.list')).plans).toHaveLength(1);
  await expect(panel.getByTestId('unplanned-campaigns')).toHaveCount(0);
});

test('a number logged elsewhere over an import\'s row takes its Undo away at once; one on another day does not (QA30)', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  const input = page.locator('input[type=file][data-action="import-metrics"]');
  await input.setInputFiles([{ name: 'f.csv', mimeType: 'text/csv', buffer: Buffer.from('channel,date,followers\nx,2027-01-01,100\n') }]);
  await expect(page.getByTestId('undoable-import')).toContainText('f.csv');
  const popup = await openExtensionPage('popup.html');
  await ask(popup, 'metrics.log', { kind: 'followers', record: { channel: 'x', date: '2027-01-02', followers: 101 } });
  await expect(page.getByTestId('metrics-summary')).toContainText('follower counts: 2');
  await expect(page.getByTestId('undoable-import')).toContainText('f.csv');
  await ask(popup, 'metrics.log', { kind: 'followers', record: { channel: 'x', date: '2027-01-01', followers: 99 } });
  await expect(page.getByTestId('undoable-import')).toHaveCount(0);
});

test('offers the CSV templates to fill in, with the plan\'s campaign in the example, and they import (QA29 L10)', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  await page.getByTestId('metric-templates').locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Campaign results' }).click()]);
  expect(download.suggestedFilename()).toBe('brandline-campaign-results-template.csv');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toBe('campaign,date,spend,clicks,conversions,revenue\nwinter-2027,2027-01-15,500,40,2,900\n');
  const input = page.locator('input[type=file][data-action="import-metrics"]');
  await input.setInputFiles([{ name: 'filled.csv', mimeType: 'text/csv', buffer: Buffer.from(text) }]);
  await expect(page.getByRole('status')).toContainText('filled.csv: 1 row read — new: 1');
  await expect(page.getByRole('status').locator('[data-outcome="warning"]')).toHaveCount(0);
});

test('says which KPI columns a trimmed export lacks, as a warning beside the rows read (QA36)', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  const input = page.locator('input[type=file][data-action="import-metrics"]');
  const csv = 'Post ID,Publish time,Post type,Views,Likes,Comments,Shares\n1804,01/15/2027 08:30,IG image,500,40,2,1\n';
  await input.setInputFiles([{ name: 'trimmed.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }]);
  await expect(page.getByRole('status')).toContainText('trimmed.csv: 1 row read');
  await expect(page.getByRole('status').locator('[data-outcome="warning"]')).toContainText('trimmed.csv: It lacks the columns “Reach”, “Saves”: the KPIs that use them are computed without them (engagement rate per view, not per account reached).');
});

test('erases all data after confirmation', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  await page.getByRole('button', { name: 'Erase all Brandline data…' }).click();
  // The question opens on Cancel: pressing Enter twice must not erase everything.
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await ask<{ plans: unknown[] }>(page, 'plans.list')).plans).toHaveLength(1);

  await page.getByRole('button', { name: 'Erase all Brandline data…' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(page.getByRole('status')).toContainText('erased');
  expect(await ask(page, 'plans.list')).toEqual({ plans: [], active: { x: null, facebook: null, instagram: null } });
  expect((await ask<{ planId: string | null }>(page, 'plans.active', { channel: 'x' })).planId).toBeNull();
});

test('backs up everything before an erase, and restores it from the file', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  await ask(page, 'metrics.log', { kind: 'followers', record: { channel: 'x', date: '2027-01-20', followers: 310 } });
  await ask(page, 'metrics.log', { kind: 'campaign', record: { campaignId: 'winter-2027', date: '2027-01-10', spend: 450 } });
  await page.getByRole('button', { name: 'Erase all Brandline data…' }).click();
  // The erase question offers a backup first.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-backup-before-erase"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^brandline-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByRole('status')).toContainText('(plans: 1, metric records: 2)');
  const file = readFileSync(await download.path());
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(page.getByRole('status')).toContainText('erased');
  expect(await ask(page, 'metrics.summary')).toEqual({ snapshots: 0, posts: 0, webSessions: 0, campaignResults: 0 });

  await page.locator('input[type=file][data-action="restore-backup"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file });
  await expect(page.getByRole('status')).toContainText('Restored backup.json (plans: 1; metric records added: 2, set back to the backup\'s figures: 0)');
  expect(await ask(page, 'metrics.summary')).toEqual({ snapshots: 1, posts: 0, webSessions: 0, campaignResults: 1 });
  expect(await ask(page, 'plans.list')).toMatchObject({ active: { x: 'nordlys-coffee', facebook: 'nordlys-coffee', instagram: 'nordlys-coffee' } });
  await expect(page.locator('#plan-name')).toHaveValue('Nordlys Coffee');

  // A plan file is no backup: refused, naming why, and nothing changes.
  await page.locator('input[type=file][data-action="restore-backup"]').setInputFiles(planFile('plan.example.json', EXAMPLE_TEXT));
  await expect(page.getByRole('alert')).toContainText('format: this is a plan file, not a backup');
  expect(await ask(page, 'metrics.summary')).toEqual({ snapshots: 1, posts: 0, webSessions: 0, campaignResults: 1 });

  // Over live data: the question names the plan the backup replaces and counts the stored records
  // that would take the backup's figures; "Cancel" changes nothing.
  await ask(page, 'metrics.log', { kind: 'followers', record: { channel: 'x', date: '2027-01-20', followers: 330 } });
  const questions: string[] = [];
  page.once('dialog', (dialog) => void (questions.push(dialog.message()), dialog.dismiss()));
  await page.locator('input[type=file][data-action="restore-backup"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file });
  await expect(page.getByRole('status')).toContainText('backup.json was not restored: nothing was changed.');
  expect(questions).toEqual([
    "The backup holds plans that are stored here too: Nordlys Coffee. Restoring replaces them with the backup's version.\n\nMetric records stored here that will take the backup's figures instead of their own: 1.\n\nRestore?",
  ]);
  const followersOn20th = async () => (await ask<{ kpis: Record<string, number> }>(page, 'kpi.snapshot', { from: '2027-01-20', to: '2027-01-20', channel: 'x' })).kpis.followers;
  expect(await followersOn20th()).toBe(330);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('input[type=file][data-action="restore-backup"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file });
  await expect(page.getByRole('status')).toContainText("set back to the backup's figures: 1");
  expect(await followersOn20th()).toBe(310);
});

test('a rule edited in the options takes effect in an open X composer without reload', async ({ context, openExtensionPage }) => {
  const options = await openOptionsWithExample(openExtensionPage);
  const x = await context.newPage();
  await x.goto(SITES.x.home);
  const draft = 'Fresh Polar Roast today #coffee #winter';
  await typeText(x, editorOf(x, EDITORS.x.post), draft);
  // The example plan allows two hashtags on X.
  expect(await rulesAfterCheck(x, 'brandline-overlay', draft.length)).not.toContain('hashtags.max');

  await options.bringToFront();
  await options.locator('#plan-channels-x-hashtags-max').fill('1');
  await options.getByRole('button', { name: 'Save plan' }).click();
  await expect(options.getByRole('status')).toContainText('Plan saved');

  await expect.poll(() => ruleIds(x, 'brandline-overlay')).toContain('hashtags.max');
  expect(await modelText(x, EDITORS.x.post)).toBe(draft);
});

test('a first-time user can start from the example plan', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await page.getByRole('button', { name: 'Start from the example plan' }).click();
  await expect(page.getByRole('status')).toContainText('Nordlys Coffee');
  const exported = await ask<{ text: string }>(page, 'plans.export', { id: 'nordlys-coffee' });
  expect(JSON.parse(exported.text)).toEqual(EXAMPLE);
  await expect(page.getByRole('button', { name: 'Start from the example plan' })).toHaveCount(0);
});

test('imports every sample export at once, and a second time adds nothing', async ({ openExtensionPage }) => {
  const page = await openOptionsWithExample(openExtensionPage);
  const dir = 'samples/metrics';
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv')).map((name) => ({ name, mimeType: 'text/csv', buffer: readFileSync(join(dir, name)) }));
  expect(files.length).toBeGreaterThanOrEqual(6);
  const input = page.locator('input[type=file][data-action="import-metrics"]');
  await input.setInputFiles(files);
  const status = page.getByRole('status');
  for (const { name } of files) await expect(status).toContainText(name);
  await expect(page.locator('[role=alert]')).toBeEmpty();
  const first = await ask<Record<string, number>>(page, 'metrics.summary');
  for (const table of ['snapshots', 'posts', 'webSessions', 'campaignResults']) expect(first[table], table).toBeGreaterThan(0);

  await input.setInputFiles(files);
  await expect(status).not.toContainText(/new: [1-9]/);
  await expect(status).toContainText('new: 0');
  expect(await ask(page, 'metrics.summary')).toEqual(first);
});

// A browser asks for its own locale, then the default (English): without _locales for the other
// Norwegian codes these browsers got English pages while the content scripts spoke Bokmål.
for (const lang of ['no', 'nb-NO', 'nn', 'nn-NO']) {
  test(`a browser in "${lang}" gets the Bokmål pages, as its content scripts and the CLI do`, async () => {
    const context = await launchBrowser({ lang });
    try {
      const id = await extensionIdOf(context);
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/popup.html`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
      await expect(page.getByText('Ikke et sosialt nettsted')).toBeVisible();
    } finally {
      await context.close();
    }
  });
}

test('speaks Norwegian when the browser does, with Norwegian number formats and plan messages', async () => {
  const context = await launchBrowser({ lang: 'nb' });
  try {
    const id = await extensionIdOf(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brandline — planer og data');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    const rows = ['channel,date,followers', ...Array.from({ length: 1200 }, (_, i) => `instagram,${new Date(Date.UTC(2025, 0, 1) + i * 864e5).toISOString().slice(0, 10)},${10000 + i}`)];
    await page.locator('input[type=file][data-action="import-metrics"]').setInputFiles({ name: 'followers.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    // 1 200 with a (narrow) no-break space as the thousands separator, as Norwegian writes it.
    await expect(page.getByRole('status')).toContainText(/1\s200 rader lest/);
    // A broken plan is refused in Norwegian, at the same JSON path as in English.
    await importPlan(page, 'type.json', variant((p) => (p.channels.instagram.hashtags.max = 'five')));
    await expect(page.getByRole('alert')).toContainText('channels.instagram.hashtags.max: forventet et tall, fikk «five»');
    await importPlan(page, 'broken.json', '{\n  "schema": "brandline/plan@1",\n  "id": five\n}');
    await expect(page.getByRole('alert')).toContainText('ikke gyldig JSON: uventet «f» der det ventes en verdi (tekst må stå i doble anførselstegn) på linje 3, kolonne 9');
    // So is a metrics file with a bad row, naming the same line and column as in English.
    await page.locator('input[type=file][data-action="import-metrics"]').setInputFiles({ name: 'mars.csv', mimeType: 'text/csv', buffer: Buffer.from('channel,date,followers\ninstagram,2028-03-01,ti tusen\n') });
    await expect(page.getByRole('alert')).toContainText('mars.csv: linje 2: kolonnen «followers»: forventet et tall, fikk «ti tusen» — ingenting fra denne filen ble importert');
    // A plan made here reads drafts in Bokmål, and a goal's KPI is named in Bokmål (QA34 M1, M2).
    await page.getByLabel('Eller lag en ny plan med navnet').fill('Fjordbakeriet');
    await page.locator('form.bl-create button[type=submit]').click();
    await expect(page.locator('#plan-id')).toHaveValue('fjordbakeriet');
    await expect(page.locator('#plan-locale')).toHaveValue('nb');
    await page.getByRole('button', { name: 'Legg til mål', exact: true }).click();
    await expect(page.locator('#plan-goals-0-kpi-hint')).toHaveText('Målet måler følgere.');
  } finally {
    await context.close();
  }
});
