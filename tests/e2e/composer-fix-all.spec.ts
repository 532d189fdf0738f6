/**
 * "Fix all" (QA20): every fix the panel offers goes into the host editor's own model in one click,
 * on each kind of editor (Draft.js on X, Lexical on Facebook, a React textarea on Instagram).
 * The expected texts are written out by hand from the example plan.
 */
import { editorOf, modelText, rulesAfterCheck, typeText, type PanelTag } from './composer-helpers';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { EDITORS, SITES } from './sites';

const UTM = 'utm_source=x&utm_medium=social&utm_campaign=winter-2027';

async function fixAll(page: Page, tag: PanelTag, count: number): Promise<void> {
  const toggle = page.locator(`${tag} button[aria-expanded="false"]`).first();
  if (await toggle.count()) await toggle.click();
  const button = page.locator(`${tag} [data-fix-all]`);
  await expect(button).toHaveAttribute('data-fix-all', String(count));
  await button.click();
}

test('X post box: Fix all makes five changes in the Draft.js model; each is one undo step; typing goes on at the end', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  const draft = 'Cheap beans for users from nordlys coffee #cheapcoffee, read https://nordlyscoffee.no/winter.';
  await typeText(page, editorOf(page, EDITORS.x.post), draft);
  await rulesAfterCheck(page, 'brandline-overlay', draft.length);
  await fixAll(page, 'brandline-overlay', 5);
  const fixed = `Good value beans for coffee lovers from Nordlys Coffee, read https://nordlyscoffee.no/winter?${UTM}.`;
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(fixed);
  for (const rule of ['terms.banned', 'terms.preferred', 'terms.spelling', 'hashtags.banned', 'link.utm']) {
    await expect(page.locator(`brandline-overlay [data-rule="${rule}"]`)).toHaveCount(0);
  }
  await expect(page.locator('brandline-overlay [data-fix-all]')).toHaveCount(0);
  // The caret is where the user was typing (the end), and the fixes went in last first: the first
  // undo takes back the first word's fix only.
  await page.keyboard.type(' Now');
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(`${fixed} Now`);
  await page.keyboard.press('Control+z');
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(fixed);
  await page.keyboard.press('Control+z');
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(fixed.replace('Good value', 'Cheap'));
});

// Tags on lines of their own, one under another: their fixes take a line break each, so Fix all
// removes both at once (the second used to wait for the next click).
test('X post box: Fix all removes banned hashtags on lines of their own one under another', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  const editor = editorOf(page, EDITORS.x.post);
  await editor.click();
  const draft = '#cheapcoffee\n#CheapCoffee\nGreat news';
  for (const [i, line] of draft.split('\n').entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line, { delay: 5 });
  }
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(draft);
  await rulesAfterCheck(page, 'brandline-overlay', draft.length);
  await fixAll(page, 'brandline-overlay', 2);
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe('Great news');
  await expect(page.locator('brandline-overlay [data-rule="hashtags.banned"]')).toHaveCount(0);
});

async function typeLines(page: Page, editor: ReturnType<typeof editorOf>, draft: string): Promise<void> {
  await editor.click();
  for (const [i, line] of draft.split('\n').entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    if (line) await page.keyboard.type(line, { delay: 5 });
  }
}

// Removals that meet take the line breaks they would leave: a line that held banned tags only goes
// with its break, a paragraph of tag lines leaves one paragraph break (each fix alone cannot know
// its neighbours go too).
test('X post box: Fix all on a line of banned tags only takes the line with them', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  const draft = 'Great news\n#cheapcoffee #CheapCoffee\nMore soon';
  await typeLines(page, editorOf(page, EDITORS.x.post), draft);
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(draft);
  await rulesAfterCheck(page, 'brandline-overlay', draft.length);
  await fixAll(page, 'brandline-overlay', 2);
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe('Great news\nMore soon');
});

test('Instagram caption: Fix all on a paragraph of tag lines keeps one paragraph break in the Lexical model', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.instagram.create);
  const draft = 'Great news #NordlysCoffee\n\n#followforfollow\n#FollowForFollow\n\nMore soon';
  await typeLines(page, editorOf(page, EDITORS.instagram.caption), draft);
  await expect.poll(() => modelText(page, EDITORS.instagram.caption)).toBe(draft);
  await rulesAfterCheck(page, 'brandline-overlay', draft.length);
  await fixAll(page, 'brandline-overlay', 2);
  await expect.poll(() => modelText(page, EDITORS.instagram.caption)).toBe('Great news #NordlysCoffee\n\nMore soon');
});

test('Instagram caption: Fix all puts the required hashtag where a removed paragraph of tags was, a paragraph of its own (rev35 M3)', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.instagram.create);
  const draft = 'Great news\n\n#followforfollow\n#FollowForFollow';
  await typeLines(page, editorOf(page, EDITORS.instagram.caption), draft);
  await expect.poll(() => modelText(page, EDITORS.instagram.caption)).toBe(draft);
  await rulesAfterCheck(page, 'brandline-overlay', draft.length);
  await fixAll(page, 'brandline-overlay', 3);
  await expect.poll(() => modelText(page, EDITORS.instagram.caption)).toBe('Great news\n\n#NordlysCoffee');
});

test('Facebook post: Fix all edits the Lexical model across paragraphs', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.facebook.compose);
  const editor = editorOf(page, EDITORS.facebook.post);
  await editor.click();
  await page.keyboard.type('Cheap beans for users', { delay: 5 });
  await page.keyboard.press('Enter');
  await page.keyboard.type('from nordlys coffee. Order now: https://nordlyscoffee.no/winter', { delay: 5 });
  const draft = 'Cheap beans for users\nfrom nordlys coffee. Order now: https://nordlyscoffee.no/winter';
  expect(await modelText(page, EDITORS.facebook.post)).toBe(draft);
  await rulesAfterCheck(page, 'brandline-overlay', draft.length);
  await fixAll(page, 'brandline-overlay', 4);
  const fixed = `Good value beans for coffee lovers\nfrom Nordlys Coffee. Order now: https://nordlyscoffee.no/winter?${UTM.replace('=x', '=facebook')}`;
  await expect.poll(() => modelText(page, EDITORS.facebook.post)).toBe(fixed);
  // Each change is a step of Lexical's history: one undo takes back the first word's fix only.
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect.poll(() => modelText(page, EDITORS.facebook.post)).toBe(fixed.replace('Good value', 'Cheap'));
});

test('Instagram comment: Fix all in the tone chip edits the textarea React state', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.instagram.post);
  const draft = 'Cheap beans for users from nordlys coffee';
  await typeText(page, editorOf(page, EDITORS.instagram.comment), draft);
  await rulesAfterCheck(page, 'brandline-tone-chip', draft.length);
  await fixAll(page, 'brandline-tone-chip', 3);
  await expect.poll(() => modelText(page, EDITORS.instagram.comment)).toBe('Good value beans for coffee lovers from Nordlys Coffee');
  await expect(editorOf(page, EDITORS.instagram.comment)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect.poll(() => modelText(page, EDITORS.instagram.comment)).toBe('Cheap beans for coffee lovers from Nordlys Coffee');
});
