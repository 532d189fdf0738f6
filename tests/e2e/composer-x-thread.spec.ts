/**
 * X's thread composer: "Add post" in the /compose/post dialog adds more Draft.js boxes
 * (tweetTextarea_1, _2, …) published together. What a post must contain (required hashtags, a call
 * to action, a link) is judged on the whole thread and said once, on its opening post; limits and
 * wording stay per post, and fixes edit only their own box's model.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { editorOf, modelText, rulesAfterCheck, ruleIds, typeText } from './composer-helpers';
import { expect, test } from './fixtures';
import { EDITORS, SITES } from './sites';

interface RawPlan {
  id: string;
  name: string;
  channels: { x: { hashtags: { required: string[] }; cta: { required: boolean }; links: { required: boolean } } };
}

/** The extension pages' global (the popup page runs the import, as the options page would). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const THREAD_RULES = ['hashtags.required', 'cta.missing', 'link.missing'];

/** Clicks the fix for `ruleId` in the overlay of the box whose text has `length` characters. */
async function fixIn(page: Page, length: number, ruleId: string) {
  const overlay = page.locator('brandline-overlay').filter({ has: page.locator(`[data-length="${length}"]`) });
  await overlay.locator('button[aria-expanded="false"]').click();
  await overlay.locator(`[data-fix-for="${ruleId}"]`).click();
}

test('a thread meets the plan together: its posts are not each flagged for what another holds', async ({ context, openExtensionPage }) => {
  const plan = JSON.parse(readFileSync('samples/plan.example.json', 'utf8')) as RawPlan;
  plan.id = 'x-threads';
  plan.name = 'Thread plan';
  plan.channels.x.hashtags.required = ['#NordlysKaffe'];
  plan.channels.x.cta.required = true;
  plan.channels.x.links.required = true;
  const popup = await openExtensionPage('popup.html');
  const reply = await popup.evaluate((planText) => chrome.runtime.sendMessage({ brandline: 1, type: 'plans.import', payload: { text: planText } }), JSON.stringify(plan));
  expect(reply).toMatchObject({ ok: true });

  const page = await context.newPage();
  await page.goto(SITES.x.home);
  await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
  const opening = 'Winter Roast is back #NordlysKaffe';
  await typeText(page, editorOf(page, EDITORS.x.dialog), opening);
  // Alone, the opening post lacks the call to action and the link.
  expect(await rulesAfterCheck(page, 'brandline-overlay', opening.length)).toEqual(expect.arrayContaining(['cta.missing', 'link.missing']));

  await page.locator('[role="dialog"] [data-testid="addButton"]').click();
  const second = `${EDITORS.x.dialog}-1`;
  await expect(page.locator('[role="dialog"] [data-testid="tweetTextarea_1"]')).toBeFocused();
  const closing = 'Order now: https://nordlyscoffee.no/?utm_source=x&utm_medium=social&utm_campaign=winter-2027 so cheap';
  await page.keyboard.type(closing, { delay: 2 });
  expect(await modelText(page, second)).toBe(closing);
  const closingRules = await rulesAfterCheck(page, 'brandline-overlay', closing.length);
  // Per post: the banned word. The hashtag is in the opening post, so the closing one lacks nothing.
  expect(closingRules).toContain('terms.banned');
  for (const id of THREAD_RULES) expect(closingRules).not.toContain(id);
  // The opening post is checked again: the thread now has its call to action and link.
  await expect.poll(() => ruleIds(page, 'brandline-overlay', opening.length)).toEqual([]);
  await expect(page.locator(`brandline-overlay [data-length="${opening.length}"]`)).toHaveCount(1);
  // Each post's badge says which post it is about (QA20).
  await expect(page.locator(`brandline-overlay [data-length="${opening.length}"] .thread-pos`)).toHaveAttribute('title', 'Post 1 of 2');
  await expect(page.locator(`brandline-overlay [data-length="${closing.length}"] .thread-pos`)).toHaveAttribute('title', 'Post 2 of 2');

  // A fix in the second box edits that box's Draft.js model and leaves the first alone.
  await fixIn(page, closing.length, 'terms.banned');
  const fixedClosing = closing.replace('so cheap', 'so good value');
  await expect.poll(() => modelText(page, second)).toBe(fixedClosing);
  await expect(page.locator(`brandline-overlay [data-length="${fixedClosing.length}"]`)).toHaveCount(1);
  expect(await modelText(page, EDITORS.x.dialog)).toBe(opening);

  // Removing the closing post takes its call to action and link out of the thread.
  await page.locator('[role="dialog"] [aria-label="Remove post"]').click();
  await expect(page.locator('[role="dialog"] [data-testid="tweetTextarea_1"]')).toHaveCount(0);
  await expect.poll(() => ruleIds(page, 'brandline-overlay', opening.length)).toEqual(expect.arrayContaining(['cta.missing', 'link.missing']));
  await expect(page.locator(`brandline-overlay [data-length="${opening.length}"] .thread-pos`)).toHaveCount(0);
  // The removed box's overlay goes with it.
  await expect(page.locator(`brandline-overlay [data-length="${fixedClosing.length}"]`)).toHaveCount(0);
});

test('what the whole thread lacks is said once, on its opening post, with a fix that appends there', async ({ context, openExtensionPage }) => {
  const plan = JSON.parse(readFileSync('samples/plan.example.json', 'utf8')) as RawPlan;
  plan.id = 'x-threads-hashtag';
  plan.name = 'Thread hashtag plan';
  plan.channels.x.hashtags.required = ['#NordlysKaffe'];
  const popup = await openExtensionPage('popup.html');
  await popup.evaluate((planText) => chrome.runtime.sendMessage({ brandline: 1, type: 'plans.import', payload: { text: planText } }), JSON.stringify(plan));

  const page = await context.newPage();
  await page.goto(SITES.x.compose);
  const opening = 'Winter Roast is back';
  await typeText(page, editorOf(page, EDITORS.x.dialog), opening);
  await page.locator('[role="dialog"] [data-testid="addButton"]').click();
  const closing = 'Dark, sweet and roasted in Bodø.';
  await page.keyboard.type(closing, { delay: 2 });
  expect(await rulesAfterCheck(page, 'brandline-overlay', closing.length)).not.toContain('hashtags.required');
  await expect.poll(() => ruleIds(page, 'brandline-overlay', opening.length)).toContain('hashtags.required');

  await page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').click();
  await fixIn(page, opening.length, 'hashtags.required');
  await expect.poll(() => modelText(page, EDITORS.x.dialog)).toBe(`${opening} #NordlysKaffe`);
  expect(await modelText(page, `${EDITORS.x.dialog}-1`)).toBe(closing);
  expect(await rulesAfterCheck(page, 'brandline-overlay', `${opening} #NordlysKaffe`.length)).not.toContain('hashtags.required');

  await page.locator('[role="dialog"] [data-testid="tweetButton"]').click();
  const submitted = await page.evaluate(() => window.__playground.submitted());
  expect(submitted).toEqual([{ id: EDITORS.x.dialog, text: `${opening} #NordlysKaffe` }, { id: `${EDITORS.x.dialog}-1`, text: closing }]);
});
