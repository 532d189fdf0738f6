/**
 * Live checks in X's composers (Draft.js): the overlay on the post box, the tone chip on the reply
 * box, and fixes that change Draft.js's own EditorState.
 */
import { applyFix } from '@/lib/engine/apply-fix';
import { applyFixFor, editorOf, expectHostData, fixCasesFor, lastSubmitted, modelText, offeredFix, ruleIds, rulesAfterCheck, typeText } from './composer-helpers';
import { expect, test } from './fixtures';
import { EDITORS, SITES } from './sites';

const TRIGGERS: { draft: string; must: string[]; mustNot: string[] }[] = [
  { draft: 'Our cheap coffee for all users #a #b #c', must: ['terms.banned', 'terms.preferred', 'hashtags.max'], mustNot: ['length.max'] },
  { draft: 'Winter Roast is back at Nordlys Coffee. Learn more at https://nordlyscoffee.no/?utm_source=x&utm_medium=social&utm_campaign=winter-2027', must: [], mustNot: ['terms.banned', 'terms.spelling', 'link.utm', 'hashtags.max', 'length.max'] },
  { draft: `${'Long post. '.repeat(26)}end`, must: ['length.max'], mustNot: ['terms.banned'] },
];

for (const { draft, must, mustNot } of TRIGGERS) {
  test(`post box: ${JSON.stringify(draft.slice(0, 40))} → ${must.join(', ') || 'no problems'}`, async ({ context, offDeviceRequests }) => {
    const page = await context.newPage();
    await page.goto(SITES.x.home);
    await typeText(page, editorOf(page, EDITORS.x.post), draft);
    expect(await modelText(page, EDITORS.x.post)).toBe(draft);
    const rules = await rulesAfterCheck(page, 'brandline-overlay', draft.length);
    for (const id of must) expect(rules).toContain(id);
    for (const id of mustNot) expect(rules).not.toContain(id);
    const root = page.locator('brandline-overlay [data-channel]');
    await expect(root).toHaveAttribute('data-channel', 'x');
    await expect(root).toHaveAttribute('data-surface', 'post');
    await expectHostData(page, 'brandline-overlay', { channel: 'x', surface: 'post' });
    expect(offDeviceRequests).toEqual([]);
  });
}

for (const { ruleId, draft, fixed } of fixCasesFor('x', 'post')) {
  test(`post box: the ${ruleId} fix on ${JSON.stringify(draft)} edits the Draft.js model`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(SITES.x.home);
    await typeText(page, editorOf(page, EDITORS.x.post), draft);
    await rulesAfterCheck(page, 'brandline-overlay', draft.length);
    const fix = await offeredFix(page, 'brandline-overlay', ruleId);
    expect(applyFix(draft, fix)).toBe(fixed('x'));
    await applyFixFor(page, 'brandline-overlay', ruleId);
    await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(fixed('x'));
    await expect(page.locator(`brandline-overlay [data-rule="${ruleId}"]`)).toHaveCount(0);
  });
}

test('post box: a fix in the second line keeps the lines; typing, undo and the Post button still work', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  const editor = editorOf(page, EDITORS.x.post);
  await editor.click();
  await page.keyboard.type('First line');
  await page.keyboard.press('Enter');
  await page.keyboard.type('so cheap today');
  const text = 'First line\nso cheap today';
  expect(await modelText(page, EDITORS.x.post)).toBe(text);
  await rulesAfterCheck(page, 'brandline-overlay', text.length);
  await applyFixFor(page, 'brandline-overlay', 'terms.banned');
  const fixed = 'First line\nso good value today';
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(fixed);
  // A screen reader hears the fix by name, not only the count after it.
  await expect(page.locator('brandline-overlay [data-announce]')).toContainText('Replaced “cheap” with “good value”. Brandline: ');
  // The fix is one undo step of Draft.js's own history, and redo brings it back.
  await page.keyboard.press('Control+z');
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(text);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(fixed);
  // The caret sits right after the replacement: typing continues there.
  await page.keyboard.type('!');
  const typed = 'First line\nso good value! today';
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(typed);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  expect(await lastSubmitted(page)).toMatchObject({ id: EDITORS.x.post, text: typed });
});

test('compose dialog: the overlay comes and goes with the composer opened at /compose/post', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
  const text = 'Fresh from nordlys coffee';
  await typeText(page, editorOf(page, EDITORS.x.dialog), text);
  expect(await rulesAfterCheck(page, 'brandline-overlay', text.length)).toContain('terms.spelling');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('[role="dialog"]')).toHaveCount(0);
  await expect(page.locator(`brandline-overlay [data-length="${text.length}"]`)).toHaveCount(0);
});

test('compose dialog: the panel of the home box under it hides while the dialog is open, and comes back', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  const home = 'Fresh from nordlys coffee';
  await typeText(page, editorOf(page, EDITORS.x.post), home);
  await rulesAfterCheck(page, 'brandline-overlay', home.length);
  const homePanel = page.locator('brandline-overlay').filter({ has: page.locator(`[data-length="${home.length}"]`) });
  await expect(homePanel).toBeVisible();
  await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
  await expect(page.locator('[role="dialog"]')).toHaveCount(1);
  await expect(homePanel).toBeHidden();
  // The dialog's own panel is there, and the home box's findings stay readable (SPEC §6).
  await expect(page.locator('brandline-overlay').filter({ has: page.locator('[data-length="0"]') })).toBeVisible();
  expect(await ruleIds(page, 'brandline-overlay', home.length)).toContain('terms.spelling');
  await page.locator('[data-testid="app-bar-close"]').click();
  await expect(homePanel).toBeVisible();
});

test('messages drawer: a DM box gets no overlay and no tone chip, while the post box beside it is checked', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  // The post box is checked as soon as it is seen, so the engine is in before the DM box is touched.
  await expect(page.locator('brandline-overlay [data-surface="post"]')).toHaveCount(1);
  await page.locator('[data-testid="DMDrawerHeader"]').click();
  const dm = 'our cheap stuff, #a #b #c, NOBODY CARES!!!';
  await typeText(page, editorOf(page, EDITORS.x.dm), dm);
  expect(await modelText(page, EDITORS.x.dm)).toBe(dm);
  const post = 'Fresh from nordlys coffee';
  await typeText(page, editorOf(page, EDITORS.x.post), post);
  expect(await rulesAfterCheck(page, 'brandline-overlay', post.length)).toContain('terms.spelling');
  // A controller for the DM box would have been made at its focus, with the engine already loaded.
  await expect(page.locator('brandline-overlay')).toHaveCount(1);
  await expect(page.locator('brandline-tone-chip')).toHaveCount(0);
  expect(await modelText(page, EDITORS.x.dm)).toBe(dm);
});

test('reply box: a comment surface with the tone chip, and fixes there edit the model too', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.reply);
  const text = 'Thanks! nordlys coffee loves you';
  await typeText(page, editorOf(page, EDITORS.x.reply), text);
  const rules = await rulesAfterCheck(page, 'brandline-tone-chip', text.length);
  expect(rules).toContain('terms.spelling');
  await expect(page.locator('brandline-tone-chip [data-surface]')).toHaveAttribute('data-surface', 'comment');
  await expect(page.locator('brandline-tone-chip [data-channel]')).toHaveAttribute('data-channel', 'x');
  await expectHostData(page, 'brandline-tone-chip', { channel: 'x', surface: 'comment' });
  await expect(page.locator('brandline-overlay')).toHaveCount(0);
  await applyFixFor(page, 'brandline-tone-chip', 'terms.spelling');
  await expect.poll(() => modelText(page, EDITORS.x.reply)).toBe('Thanks! Nordlys Coffee loves you');
});

// x.com colours hashtags, mentions and links as they are typed (Draft.js decorators): a deletion
// across a coloured leaf used to lose only the space and leave the tag, with no notice (QA27).
for (const { draft, fixed } of [
  { draft: 'Fresh roast #cheapcoffee today', fixed: 'Fresh roast today' },
  { draft: 'Fresh roast #cheapcoffee', fixed: 'Fresh roast' },
  { draft: '#cheapcoffee is back', fixed: 'is back' },
  // A tag on a line of its own goes with its line break; alone in the post, it leaves it empty.
  { draft: 'Great news\n#cheapcoffee', fixed: 'Great news' },
  { draft: '#cheapcoffee\nGreat news', fixed: 'Great news' },
  { draft: '#cheapcoffee', fixed: '' },
  // A paragraph of its own keeps one paragraph break, not two.
  { draft: 'Great news\n\n#cheapcoffee\n\nMore soon', fixed: 'Great news\n\nMore soon' },
]) {
  test(`post box: removing the banned hashtag in ${JSON.stringify(draft)} edits the Draft.js model across its coloured leaf`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(SITES.x.home);
    const editor = editorOf(page, EDITORS.x.post);
    await editor.click();
    for (const [i, line] of draft.split('\n').entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.type(line);
    }
    await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(draft);
    await expect(editor.locator('.x-highlight').first()).toHaveText('#cheapcoffee');
    await rulesAfterCheck(page, 'brandline-overlay', draft.length);
    await applyFixFor(page, 'brandline-overlay', 'hashtags.banned');
    await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(fixed);
    await expect(page.locator('brandline-overlay .notice')).toHaveCount(0);
    await expect(page.locator('brandline-overlay [data-announce]')).toContainText('Removed “#cheapcoffee”.');
    // One undo step of Draft.js's own history brings the tag back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(draft);
  });
}

// Draft.js adds typing to the last change while its selection is the one that change left: one
// Ctrl+Z after a fix and a typed "!" took back the fix as well (QA28).
for (const { draft, ruleId, fixed } of [
  { draft: 'Great news #cheapcoffee', ruleId: 'hashtags.banned', fixed: 'Great news' },
  { draft: 'Our roast is cheap', ruleId: 'terms.banned', fixed: 'Our roast is good value' },
  { draft: 'Great news 🎉 #cheapcoffee', ruleId: 'hashtags.banned', fixed: 'Great news 🎉' },
]) {
  test(`post box: after the ${ruleId} fix at the caret in ${JSON.stringify(draft)}, typing is an undo step of its own`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(SITES.x.home);
    await typeText(page, editorOf(page, EDITORS.x.post), draft);
    await rulesAfterCheck(page, 'brandline-overlay', draft.length);
    await applyFixFor(page, 'brandline-overlay', ruleId);
    await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(fixed);
    await expect(page.locator('brandline-overlay [data-announce]')).not.toBeEmpty();
    await page.keyboard.type('!');
    await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(`${fixed}!`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(fixed);
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(draft);
  });
}
