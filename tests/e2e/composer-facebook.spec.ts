/**
 * Live checks in Facebook's composers (Lexical): the "Create post" dialog gets the overlay, the
 * comment boxes get the tone chip, and fixes change Lexical's own editor state.
 */
import { applyFix } from '@/lib/engine/apply-fix';
import { applyFixFor, editorOf, expectHostData, fixCasesFor, lastSubmitted, modelText, offeredFix, rulesAfterCheck, typeText } from './composer-helpers';
import { expect, test } from './fixtures';
import { EDITORS, SITES } from './sites';

const TRIGGERS: { draft: string; must: string[]; mustNot: string[] }[] = [
  // The plan wants a CTA and a link on Facebook.
  { draft: 'Winter Roast is back in every café', must: ['cta.missing', 'link.missing'], mustNot: ['terms.banned', 'hashtags.max'] },
  { draft: 'Cheap beans for users #a #b #c #d', must: ['terms.banned', 'terms.preferred', 'hashtags.max'], mustNot: ['length.max'] },
  {
    draft: 'Winter Roast is back. Order now: https://nordlyscoffee.no/?utm_source=facebook&utm_medium=social&utm_campaign=winter-2027',
    must: [],
    mustNot: ['cta.missing', 'link.missing', 'link.utm', 'terms.banned'],
  },
];

for (const { draft, must, mustNot } of TRIGGERS) {
  test(`create post: ${JSON.stringify(draft.slice(0, 40))} → ${must.join(', ') || 'no problems'}`, async ({ context, offDeviceRequests }) => {
    const page = await context.newPage();
    await page.goto(SITES.facebook.compose);
    await typeText(page, editorOf(page, EDITORS.facebook.post), draft);
    expect(await modelText(page, EDITORS.facebook.post)).toBe(draft);
    const rules = await rulesAfterCheck(page, 'brandline-overlay', draft.length);
    for (const id of must) expect(rules).toContain(id);
    for (const id of mustNot) expect(rules).not.toContain(id);
    const root = page.locator('brandline-overlay [data-channel]');
    await expect(root).toHaveAttribute('data-channel', 'facebook');
    await expect(root).toHaveAttribute('data-surface', 'post');
    await expectHostData(page, 'brandline-overlay', { channel: 'facebook', surface: 'post' });
    expect(offDeviceRequests).toEqual([]);
  });
}

for (const { ruleId, draft, fixed } of fixCasesFor('facebook', 'post')) {
  test(`create post: the ${ruleId} fix on ${JSON.stringify(draft)} edits the Lexical model`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(SITES.facebook.home);
    // Opened the way a user does: the "What's on your mind" opener, then the dialog's editor.
    await page.locator('.fb-opener').click();
    await typeText(page, editorOf(page, EDITORS.facebook.post), draft);
    await rulesAfterCheck(page, 'brandline-overlay', draft.length);
    const fix = await offeredFix(page, 'brandline-overlay', ruleId);
    expect(applyFix(draft, fix)).toBe(fixed('facebook'));
    await applyFixFor(page, 'brandline-overlay', ruleId);
    await expect.poll(() => modelText(page, EDITORS.facebook.post)).toBe(fixed('facebook'));
    await expect(page.locator(`brandline-overlay [data-rule="${ruleId}"]`)).toHaveCount(0);
  });
}

test('create post: a fix in the third paragraph keeps the paragraphs; typing, undo and Post still work', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.facebook.compose);
  const editor = editorOf(page, EDITORS.facebook.post);
  await editor.click();
  await page.keyboard.type('Winter Roast');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Made for users');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('who love it');
  const text = 'Winter Roast\n\nMade for users\nwho love it';
  expect(await modelText(page, EDITORS.facebook.post)).toBe(text);
  await rulesAfterCheck(page, 'brandline-overlay', text.length);
  await applyFixFor(page, 'brandline-overlay', 'terms.preferred');
  const fixed = 'Winter Roast\n\nMade for coffee lovers\nwho love it';
  await expect.poll(() => modelText(page, EDITORS.facebook.post)).toBe(fixed);
  // The fix is a step of Lexical's own history: undo takes it back, redo brings it again.
  // (The keys go to the editor once it has the focus back from the panel's button.)
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect.poll(() => modelText(page, EDITORS.facebook.post)).toBe(text);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => modelText(page, EDITORS.facebook.post)).toBe(fixed);
  // The caret is back where the user was typing (the end), not at the fixed word.
  await page.keyboard.type('!');
  const typed = 'Winter Roast\n\nMade for coffee lovers\nwho love it!';
  await expect.poll(() => modelText(page, EDITORS.facebook.post)).toBe(typed);
  await page.locator('[role="dialog"] .fb-primary-button').click();
  expect(await lastSubmitted(page)).toMatchObject({ id: EDITORS.facebook.post, text: typed });
});

test('comment box: a comment surface with the tone chip; a fix edits the Lexical model', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.facebook.home);
  const text = 'Glad you like it, it is not cheap to make';
  await typeText(page, editorOf(page, EDITORS.facebook.commentOnBrandPost), text);
  const rules = await rulesAfterCheck(page, 'brandline-tone-chip', text.length);
  expect(rules).toContain('terms.banned');
  const root = page.locator('brandline-tone-chip [data-surface]');
  await expect(root).toHaveAttribute('data-surface', 'comment');
  await expect(root).toHaveAttribute('data-channel', 'facebook');
  await expectHostData(page, 'brandline-tone-chip', { channel: 'facebook', surface: 'comment' });
  await expect(page.locator('brandline-overlay')).toHaveCount(0);
  await applyFixFor(page, 'brandline-tone-chip', 'terms.banned');
  const fixed = 'Glad you like it, it is not good value to make';
  await expect.poll(() => modelText(page, EDITORS.facebook.commentOnBrandPost)).toBe(fixed);
  // Facebook sends a comment on Enter: the site's own handler sees the fixed text. (Once the fix is
  // done, which it says: an Enter while the fix goes in is held back, not sent.)
  await expect(page.locator('brandline-tone-chip [data-announce]')).toContainText('Replaced “cheap” with “good value”.');
  await page.keyboard.press('Enter');
  expect(await lastSubmitted(page)).toMatchObject({ id: EDITORS.facebook.commentOnBrandPost, text: fixed });
});

test('at 200 % zoom the open panel that covers the post closes when the keyboard goes back to the text (QA24)', async ({ context }) => {
  const page = await context.newPage();
  // A 1280×860 window at 200 %: 640×430 CSS pixels.
  await page.setViewportSize({ width: 640, height: 430 });
  await page.goto(SITES.facebook.compose);
  const editor = editorOf(page, EDITORS.facebook.post);
  await editor.click();
  await page.keyboard.type('A cheap cup for users');
  await rulesAfterCheck(page, 'brandline-overlay', 'A cheap cup for users'.length);
  await page.keyboard.press('Alt+Shift+B');
  const panel = page.locator('brandline-overlay .panel');
  await expect(panel).toHaveAttribute('data-collapsed', 'false');
  // Tab past the panel's last control: back in the editor, and the panel out of the text's way.
  for (let i = 0; i < 8 && !(await editor.evaluate((el) => el.contains(document.activeElement) || el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(panel).toHaveAttribute('data-collapsed', 'true');
  await page.keyboard.type('!');
  await expect.poll(() => modelText(page, EDITORS.facebook.post)).toBe('A cheap cup for users!');
});
