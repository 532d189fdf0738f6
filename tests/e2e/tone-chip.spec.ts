/**
 * The tone chip on comment and reply fields of all three sites: the tone of the reply in a word,
 * the complaint being answered, crisis topics with the plan's escalation text, and the plan's
 * reply templates inserted into the editor's own model with one click.
 */
import { editorOf, modelText, openPanel, ruleIds, rulesAfterCheck, typeText } from './composer-helpers';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EDITORS, SITES } from './sites';

const HOSTILE = 'Calm down, obviously you broke it yourself. Idiot.';
const APOLOGY = "We're really sorry to hear this. Could you send us a DM with your order number? We'll make it right.";

const FIELDS = [
  { site: 'x', url: SITES.x.reply, id: EDITORS.x.reply },
  { site: 'facebook', url: SITES.facebook.home, id: EDITORS.facebook.commentOnBrandPost },
  { site: 'instagram', url: SITES.instagram.post, id: EDITORS.instagram.comment },
] as const;

for (const { site, url, id } of FIELDS) {
  test(`${site}: a hostile reply turns the chip red and lists the tone findings`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(url);
    await typeText(page, editorOf(page, id), HOSTILE);
    const rules = await rulesAfterCheck(page, 'brandline-tone-chip', HOSTILE.length);
    expect(rules).toContain('tone.hostile');
    const chip = page.locator('brandline-tone-chip [data-tone]');
    await expect(chip).toHaveAttribute('data-tone', 'hostile');
    await expect(chip).toHaveAttribute('data-level', 'bad');
    await chip.locator('button[aria-expanded]').first().click();
    await expect(page.locator('brandline-tone-chip [data-rule="tone.hostile"]').first()).toBeVisible();
  });

  test(`${site}: a warm reply reads calm, with no tone findings`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(url);
    const text = 'Thank you so much, we love hearing this!';
    await typeText(page, editorOf(page, id), text);
    const rules = await rulesAfterCheck(page, 'brandline-tone-chip', text.length);
    expect(rules.filter((r) => r.startsWith('tone.'))).toEqual([]);
    await expect(page.locator('brandline-tone-chip [data-tone]')).toHaveAttribute('data-level', 'ok');
  });

  test(`${site}: a crisis keyword shows the plan's escalation text`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(url);
    const text = 'We are looking into the recall';
    await typeText(page, editorOf(page, id), text);
    expect(await rulesAfterCheck(page, 'brandline-tone-chip', text.length)).toContain('crisis.keyword');
    await expect(page.locator('brandline-tone-chip [data-tone]')).toHaveAttribute('data-alert', 'crisis');
    await openPanel(page, 'brandline-tone-chip');
    await expect(page.locator('brandline-tone-chip [data-rule="crisis.keyword"]')).toContainText('Message the communications lead first.');
  });
}

const COMPLAINTS = [
  { site: 'x', open: async (page: import('@playwright/test').Page) => page.goto(SITES.x.complaint), id: EDITORS.x.reply },
  { site: 'facebook', open: async (page: import('@playwright/test').Page) => page.goto(SITES.facebook.home), id: EDITORS.facebook.commentOnComplaint },
  {
    site: 'instagram',
    open: async (page: import('@playwright/test').Page) => {
      await page.goto(SITES.instagram.post);
      // Instagram's "Reply" under Kari's comment prefills "@kari_nordmann " in the field.
      await page.locator('li', { hasText: 'Still waiting for a refund' }).getByRole('button').click();
    },
    id: EDITORS.instagram.comment,
  },
] as const;

for (const { site, open, id } of COMPLAINTS) {
  test(`${site}: replying to a complaint flags it and inserts the apology template into the model`, async ({ context }) => {
    const page = await context.newPage();
    await open(page);
    const editor = editorOf(page, id);
    await editor.click();
    const before = (await modelText(page, id)) ?? '';
    await expect.poll(() => ruleIds(page, 'brandline-tone-chip', before.length)).toContain('context.complaint');
    // A complaint that also names a crisis topic shows the crisis first.
    await expect(page.locator('brandline-tone-chip [data-tone]')).toHaveAttribute('data-alert', /^(complaint|crisis)$/);
    await openPanel(page, 'brandline-tone-chip');
    // On a complaint the plan's templates come before the hints about the draft; on a crisis the
    // advice to escalate comes first.
    const alert = await page.locator('brandline-tone-chip [data-tone]').getAttribute('data-alert');
    const order = await page.locator('brandline-tone-chip .hints').evaluate((hints) =>
      [...hints.children].map((child) => (child.matches('ul.templates') ? 'templates' : child.matches('ul') ? 'hints' : '')).filter(Boolean),
    );
    expect(order).toEqual(alert === 'complaint' ? ['templates', 'hints'] : ['hints', 'templates']);
    // Typed mid-sentence: the template (a sentence of its own) follows a full stop, not a run-on.
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type('Thanks for waiting', { delay: 5 });
    const draft = `${before}Thanks for waiting`;
    await expect.poll(() => modelText(page, id)).toBe(draft);
    const chip = page.locator('brandline-tone-chip [data-tone]');
    await rulesAfterCheck(page, 'brandline-tone-chip', draft.length);
    await expect(chip).toHaveAttribute('data-answered', 'false');
    await page.locator('brandline-tone-chip [data-insert-template="apology"]').click();
    const expected = `${draft}. ${APOLOGY}`;
    await expect.poll(() => modelText(page, id)).toBe(expected);
    // The apology itself is not negative tone.
    const rules = await rulesAfterCheck(page, 'brandline-tone-chip', expected.length);
    expect(rules).not.toContain('tone.negative');
    expect(rules).toContain('context.complaint');
    // The face says the reply acknowledges the complaint (on a crisis topic it still says escalate).
    await expect(chip).toHaveAttribute('data-answered', alert === 'complaint' ? 'true' : 'false');
    if (alert === 'complaint') await expect(chip.locator('.alert')).toHaveText('· Acknowledges the complaint');
    // A screen reader hears what went in, then the tone.
    await expect(page.locator('brandline-tone-chip [data-announce]')).toContainText(/^Inserted the template “[^”]+”\. Brandline, /);
  });
}

/** A reply to the complaint, "Thanks! So sorry" typed after what the site prefilled, "So sorry" selected from the keyboard; answers the prefilled text. */
async function replyWithSelection(page: Page, open: (page: Page) => Promise<unknown>, id: string): Promise<string> {
  await open(page);
  await editorOf(page, id).click();
  const before = (await modelText(page, id)) ?? '';
  await page.keyboard.press('End');
  await page.keyboard.type('Thanks! So sorry', { delay: 5 });
  await expect.poll(() => modelText(page, id)).toBe(`${before}Thanks! So sorry`);
  for (let i = 0; i < 'So sorry'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  return before;
}

for (const { site, open, id } of COMPLAINTS) {
  test(`${site}: a template inserted with text selected replaces the selection in the model (QA20)`, async ({ context }) => {
    const page = await context.newPage();
    const before = await replyWithSelection(page, open, id);
    await openPanel(page, 'brandline-tone-chip');
    await page.locator('brandline-tone-chip [data-insert-template="apology"]').click();
    await expect.poll(() => modelText(page, id)).toBe(`${before}Thanks! ${APOLOGY}`);
    // Without a selection, the next one goes at the end as before.
    await page.locator('brandline-tone-chip [data-insert-template="apology"]').click();
    await expect.poll(() => modelText(page, id)).toBe(`${before}Thanks! ${APOLOGY} ${APOLOGY}`);
  });

  test(`${site}: with the chip already open, text selected afterwards is what Insert replaces (rev36 M1)`, async ({ context }) => {
    const page = await context.newPage();
    await open(page);
    const editor = editorOf(page, id);
    await editor.click();
    const before = (await modelText(page, id)) ?? '';
    await page.keyboard.press('End');
    await page.keyboard.type('Thanks! So sorry', { delay: 5 });
    await expect.poll(() => modelText(page, id)).toBe(`${before}Thanks! So sorry`);
    await openPanel(page, 'brandline-tone-chip');
    // Back in the editor, the panel still open: select, then Insert (its press keeps the focus in the editor).
    await editor.click();
    await page.keyboard.press('End');
    for (let i = 0; i < 'So sorry'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.locator('brandline-tone-chip [data-insert-template="apology"]').click();
    await expect.poll(() => modelText(page, id)).toBe(`${before}Thanks! ${APOLOGY}`);
  });

  test(`${site}: a selection left by a click elsewhere on the page is not replaced (rev26)`, async ({ context }) => {
    const page = await context.newPage();
    const before = await replyWithSelection(page, open, id);
    // Away from the editor and the chip: the selection is gone from the screen.
    await page.mouse.click(3, 300);
    await openPanel(page, 'brandline-tone-chip');
    await page.locator('brandline-tone-chip [data-insert-template="apology"]').click();
    await expect.poll(() => modelText(page, id)).toBe(`${before}Thanks! So sorry. ${APOLOGY}`);
  });
}

for (const { site, open, id } of COMPLAINTS) {
  test(`${site}: laughing at a complaint reads as mocking, and the fix takes the laugh out of the model`, async ({ context }) => {
    const page = await context.newPage();
    await open(page);
    const editor = editorOf(page, id);
    await editor.click();
    const before = (await modelText(page, id)) ?? '';
    const draft = 'check your spam folder lol';
    await page.keyboard.press('End');
    await page.keyboard.type(draft, { delay: 5 });
    const typed = `${before}${draft}`;
    await expect.poll(() => modelText(page, id)).toBe(typed);
    expect(await rulesAfterCheck(page, 'brandline-tone-chip', typed.length)).toContain('context.complaint');
    const chip = page.locator('brandline-tone-chip [data-tone]');
    await expect(chip).toHaveAttribute('data-tone', 'mocking');
    await expect(chip).toHaveAttribute('data-level', 'bad');
    await openPanel(page, 'brandline-tone-chip');
    await page.locator('brandline-tone-chip [data-fix-for="context.complaint"]').click();
    await expect.poll(() => modelText(page, id)).toBe(`${before}check your spam folder`);
    await expect(chip).not.toHaveAttribute('data-tone', 'mocking');
  });
}

test('x: a laugh emoji glued between two words goes, and the words stay apart in the Draft.js model (rev35 L4)', async ({ context }) => {
  const { open, id } = COMPLAINTS[0];
  const page = await context.newPage();
  await open(page);
  await editorOf(page, id).click();
  const draft = 'check your spam folder😂thanks';
  await page.keyboard.type(draft, { delay: 5 });
  await expect.poll(() => modelText(page, id)).toBe(draft);
  expect(await rulesAfterCheck(page, 'brandline-tone-chip', draft.length)).toContain('context.complaint');
  await openPanel(page, 'brandline-tone-chip');
  await page.locator('brandline-tone-chip [data-fix-for="context.complaint"]').click();
  await expect.poll(() => modelText(page, id)).toBe('check your spam folder thanks');
});

for (const { site, open, id } of COMPLAINTS) {
  test(`${site}: a bare "ok" to a complaint reads as dismissive`, async ({ context }) => {
    const page = await context.newPage();
    await open(page);
    await editorOf(page, id).click();
    const before = (await modelText(page, id)) ?? '';
    await page.keyboard.press('End');
    await page.keyboard.type('ok', { delay: 5 });
    const typed = `${before}ok`;
    await expect.poll(() => modelText(page, id)).toBe(typed);
    await rulesAfterCheck(page, 'brandline-tone-chip', typed.length);
    const chip = page.locator('brandline-tone-chip [data-tone]');
    await expect(chip).toHaveAttribute('data-tone', 'dismissive');
    await expect(chip.locator('button').first()).toHaveAccessibleName(/Dismissive/);
    // Saying what will happen is an answer.
    await page.keyboard.type(', we will check the tracking now.', { delay: 2 });
    await expect(chip).not.toHaveAttribute('data-tone', 'dismissive');
  });
}

test('instagram: the open chip clears the comments it answers and the comment box (QA20)', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.instagram.post);
  const answered = page.locator('li', { hasText: 'Still waiting for a refund' });
  await answered.getByRole('button').click();
  await editorOf(page, EDITORS.instagram.comment).click();
  // Reply prefills "@kari_nordmann " in the field.
  const prefilled = (await modelText(page, EDITORS.instagram.comment)) ?? '';
  await expect.poll(() => ruleIds(page, 'brandline-tone-chip', prefilled.length)).toContain('context.complaint');
  await openPanel(page, 'brandline-tone-chip');
  const chip = (await page.locator('brandline-tone-chip .chip').boundingBox())!;
  const overlaps = (b: { x: number; y: number; width: number; height: number }) => chip.x < b.x + b.width && b.x < chip.x + chip.width && chip.y < b.y + b.height && b.y < chip.y + chip.height;
  expect(overlaps((await answered.boundingBox())!)).toBe(false);
  expect(overlaps((await editorOf(page, EDITORS.instagram.comment).boundingBox())!)).toBe(false);
});

