/**
 * The playground pages behave like the sites' composers, with and without Brandline loaded:
 * keyboard typing changes the editor's own model text (multi-line included) and the page's
 * post/reply button sends exactly that text.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { launchBrowser } from './browser';
import { expect, test as withExtension } from './fixtures';
import { EDITORS, SITES, routePlayground, withOptions } from './sites';

interface EditorCase {
  name: string;
  url: string;
  id: string;
  /** The editor, found by the markers the real site has. */
  editor: string;
  open?(page: Page): Promise<void>;
  newLine: 'Enter' | 'Shift+Enter';
  submit(page: Page): Promise<void>;
  replyingTo?: RegExp;
}

const CASES: EditorCase[] = [
  {
    name: 'X post box', url: SITES.x.home, id: EDITORS.x.post, editor: '[data-testid="tweetTextarea_0"][role="textbox"]', newLine: 'Enter',
    submit: (page) => page.locator('[data-testid="tweetButtonInline"]').click(),
  },
  {
    name: 'X compose dialog', url: SITES.x.compose, id: EDITORS.x.dialog, editor: '[role="dialog"] [data-testid="tweetTextarea_0"]', newLine: 'Enter',
    submit: (page) => page.locator('[role="dialog"] [data-testid="tweetButton"]').click(),
  },
  {
    name: 'X reply box', url: SITES.x.complaint, id: EDITORS.x.reply, editor: '[data-testid="tweetTextarea_0"]', newLine: 'Enter',
    submit: (page) => page.keyboard.press('Control+Enter'), replyingTo: /order #4411 arrived broken/,
  },
  {
    name: 'X reply dialog', url: SITES.x.home, id: EDITORS.x.replyDialog, editor: '[role="dialog"] [data-testid="tweetTextarea_0"]', newLine: 'Enter',
    open: (page) => page.locator('article[data-testid="tweet"]', { hasText: 'order #4411' }).locator('[data-testid="reply"]').click(),
    submit: (page) => page.locator('[role="dialog"] [data-testid="tweetButton"]').click(), replyingTo: /order #4411 arrived broken/,
  },
  {
    name: 'Facebook post composer', url: SITES.facebook.home, id: EDITORS.facebook.post,
    editor: '[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]', newLine: 'Enter',
    open: (page) => page.locator('[role="main"] [role="button"]', { hasText: "What's on your mind" }).click(),
    submit: (page) => page.locator('[role="dialog"] [role="button"][aria-label="Post"]').click(),
  },
  {
    name: 'Facebook comment box', url: SITES.facebook.home, id: EDITORS.facebook.commentOnComplaint,
    editor: '[role="article"]:has([data-ad-preview="message"]:has-text("#4411")) [data-lexical-editor="true"][aria-label="Write a comment…"]',
    newLine: 'Shift+Enter', submit: (page) => page.keyboard.press('Enter'), replyingTo: /broken grinder/,
  },
  {
    name: 'Facebook reply to a comment', url: SITES.facebook.home, id: EDITORS.facebook.replyToLars,
    editor: '[data-lexical-editor="true"][aria-label="Reply to Lars Dahl…"]', newLine: 'Shift+Enter',
    open: (page) => page.locator('[role="article"][aria-label="Comment by Lars Dahl"] [role="button"]', { hasText: 'Reply' }).click(),
    submit: (page) => page.keyboard.press('Enter'), replyingTo: /still no tracking number/,
  },
  {
    name: 'Instagram caption', url: SITES.instagram.create, id: EDITORS.instagram.caption,
    editor: '[role="dialog"] [data-lexical-editor="true"][aria-label="Write a caption..."]', newLine: 'Enter',
    submit: (page) => page.locator('[role="dialog"] [role="button"]', { hasText: 'Share' }).click(),
  },
  {
    name: 'Instagram comment field', url: SITES.instagram.post, id: EDITORS.instagram.comment,
    editor: 'textarea[aria-label="Add a comment…"]', newLine: 'Shift+Enter',
    submit: (page) => page.keyboard.press('Enter'), replyingTo: /Polar Roast is back/,
  },
];

const modelText = (page: Page, id: string) => page.evaluate((editorId) => window.__playground.text(editorId), id);

async function typeAndSubmit(page: Page, c: EditorCase): Promise<void> {
  await page.goto(c.url);
  await c.open?.(page);
  const editor = page.locator(c.editor);
  await expect(editor).toHaveCount(1);
  await editor.click();
  await page.keyboard.type('Winter Roast is back');
  await expect.poll(() => modelText(page, c.id)).toBe('Winter Roast is back');
  await page.keyboard.press(c.newLine);
  await page.keyboard.type('Second line, still ours ☕');
  await expect.poll(() => modelText(page, c.id)).toBe('Winter Roast is back\nSecond line, still ours ☕');
  expect(await page.evaluate(() => window.__playground.ids())).toContain(c.id);

  await c.submit(page);
  const sent = await page.evaluate(() => window.__playground.submitted());
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ id: c.id, text: 'Winter Roast is back\nSecond line, still ours ☕' });
  if (c.replyingTo) expect(sent[0]?.replyingTo).toMatch(c.replyingTo);
}

const withoutExtension = base.extend<{ context: BrowserContext; offDeviceRequests: string[] }>({
  // Playwright needs the destructuring pattern even when a fixture depends on nothing.
  // eslint-disable-next-line no-empty-pattern
  offDeviceRequests: async ({}, use) => use([]),
  context: async ({ offDeviceRequests }, use) => {
    const context = await launchBrowser({ withExtension: false });
    await routePlayground(context, offDeviceRequests);
    await use(context);
    await context.close();
  },
});

withoutExtension.describe('playground without Brandline', () => {
  for (const c of CASES) {
    withoutExtension(`${c.name}: typing changes the model, the button sends it`, async ({ page, offDeviceRequests }) => {
      await typeAndSubmit(page, c);
      expect(offDeviceRequests).toEqual([]);
    });
  }

  withoutExtension('Instagram Reply prefills the mention and answers that comment', async ({ page }) => {
    await page.goto(SITES.instagram.post);
    await page.locator('li', { hasText: 'Still waiting for a refund' }).getByRole('button', { name: 'Reply' }).click();
    await expect.poll(() => modelText(page, EDITORS.instagram.comment)).toBe('@kari_nordmann ');
    await page.keyboard.type('So sorry, Kari: we have sent you a DM.');
    await page.keyboard.press('Enter');
    const [sent] = await page.evaluate(() => window.__playground.submitted());
    expect(sent).toEqual({ id: EDITORS.instagram.comment, text: '@kari_nordmann So sorry, Kari: we have sent you a DM.', replyingTo: expect.stringMatching(/order #4411/) });
    await expect(page.locator('li.ig-reply')).toContainText('So sorry, Kari');
  });

  withoutExtension('X opens the compose dialog by in-app navigation, as a single-page app', async ({ page }) => {
    await page.goto(SITES.x.home);
    await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    await expect(page).toHaveURL(SITES.x.compose);
    await expect(page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]')).toBeVisible();
    expect(await page.evaluate(() => window.__playground.ids())).toEqual(expect.arrayContaining([EDITORS.x.post, EDITORS.x.dialog]));
  });

  const LOCALISED = [
    { url: SITES.x.home, selector: '[data-testid="tweetTextarea_0"]', en: 'Post text', nb: 'Tekst i innlegg' },
    { url: SITES.facebook.home, selector: '[data-lexical-editor="true"]', en: 'Write a comment…', nb: 'Skriv en kommentar …' },
    { url: SITES.instagram.post, selector: 'textarea', en: 'Add a comment…', nb: 'Legg til en kommentar …' },
  ];
  for (const { url, selector, en, nb } of LOCALISED) {
    withoutExtension(`${new URL(url).host}: lang=nb and theme=dark change labels and colours`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator(selector).first()).toHaveAttribute('aria-label', en);
      const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.goto(withOptions(url, { lang: 'nb', theme: 'dark' }));
      await expect(page.locator(selector).first()).toHaveAttribute('aria-label', nb);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
      const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(darkBackground).not.toBe(lightBackground);
    });
  }

  withoutExtension('the heavy feed holds thousands of nodes and keeps mutating', async ({ page }) => {
    await page.goto(SITES.x.homeHeavy);
    // Rendering 1,500 posts takes a few seconds on a loaded 2-core machine.
    await expect(page.locator('article[data-testid="tweet"]')).toHaveCount(1500, { timeout: 30_000 });
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(20_000);
    const mutations = await page.evaluate(() => new Promise<number>((done) => {
      let count = 0;
      const observer = new MutationObserver((records) => { count += records.length; });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      setTimeout(() => { observer.disconnect(); done(count); }, 1000);
    }));
    expect(mutations).toBeGreaterThan(10);
  });
});

withExtension.describe('playground with Brandline loaded', () => {
  for (const c of CASES) {
    withExtension(`${c.name}: typing changes the model, the button sends it`, async ({ page, offDeviceRequests }) => {
      await typeAndSubmit(page, c);
      expect(offDeviceRequests).toEqual([]);
    });
  }
});
