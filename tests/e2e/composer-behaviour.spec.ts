/**
 * What Brandline must never do to a site, and how it lives with it: typing gives exactly the same
 * editor text with and without Brandline, page text is shown as text, nothing leaves the device,
 * the popup's `tab.state` question is answered, and a plan change reaches open tabs without reload.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { launchBrowser } from './browser';
import { applyFixFor, editorOf, modelText, ruleIds, rulesAfterCheck, typeText } from './composer-helpers';
import { expect, test } from './fixtures';
import { EDITORS, SITES, routePlayground } from './sites';

/** The extension APIs the popup page offers (evaluated there, typed here). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(filter: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

/** Keys a user types, including line breaks (Enter / Shift+Enter), emoji and a URL. */
const TYPING: { site: string; url: string; id: string; keys: (string | { press: string })[] }[] = [
  { site: 'x post (Draft.js)', url: SITES.x.home, id: EDITORS.x.post, keys: ['Winter Roast ☕ is back', { press: 'Enter' }, 'Users: see https://nordlyscoffee.no #cheap 👍🏽', { press: 'Enter' }, { press: 'Enter' }, 'END'] },
  { site: 'x reply (Draft.js)', url: SITES.x.reply, id: EDITORS.x.reply, keys: ['@kari sorry about that, nordlys coffee will fix it!!!'] },
  { site: 'facebook post (Lexical)', url: SITES.facebook.compose, id: EDITORS.facebook.post, keys: ['Cheap cups', { press: 'Enter' }, 'for users', { press: 'Shift+Enter' }, 'æøå 👨‍👩‍👧 #a #b #c #d'] },
  { site: 'facebook comment (Lexical)', url: SITES.facebook.home, id: EDITORS.facebook.commentOnComplaint, keys: ['So sorry, users like you', { press: 'Shift+Enter' }, 'deserve better'] },
  { site: 'instagram caption (Lexical)', url: SITES.instagram.create, id: EDITORS.instagram.caption, keys: ['Polar roast ☕', { press: 'Enter' }, 'https://nordlyscoffee.no/x #NordlysCoffee'] },
  { site: 'instagram comment (textarea)', url: SITES.instagram.post, id: EDITORS.instagram.comment, keys: ['Thanks!! cheap and cheerful 😍', { press: 'Shift+Enter' }, 'ok'] },
];

async function typeSequence(page: Page, id: string, keys: (string | { press: string })[]): Promise<string | undefined> {
  await editorOf(page, id).click();
  for (const key of keys) {
    if (typeof key === 'string') await page.keyboard.type(key, { delay: 8 });
    else await page.keyboard.press(key.press);
  }
  // Let any pending Brandline work (debounced checks) run before reading.
  await page.waitForTimeout(300);
  return modelText(page, id);
}

async function withoutBrandline<T>(work: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await launchBrowser({ withExtension: false });
  try {
    await routePlayground(context, []);
    return await work(context);
  } finally {
    await context.close();
  }
}

for (const { site, url, id, keys } of TYPING) {
  test(`${site}: typing gives exactly the same editor text with and without Brandline`, async ({ context, offDeviceRequests }) => {
    const plain = await withoutBrandline(async (bare) => {
      const page = await bare.newPage();
      await page.goto(url);
      return typeSequence(page, id, keys);
    });
    const page = await context.newPage();
    await page.goto(url);
    const withBrandline = await typeSequence(page, id, keys);
    expect(plain).toBeTruthy();
    // Brandline was really there and checked the whole final text (its panel says which length).
    const n = plain!.length;
    await expect(page.locator(`brandline-overlay [data-length="${n}"], brandline-tone-chip [data-length="${n}"]`)).toHaveCount(1);
    expect(await modelText(page, id)).toBe(plain);
    expect(withBrandline).toBe(plain);
    expect(offDeviceRequests).toEqual([]);
  });
}

test('page text containing HTML is shown as text, never as markup', async ({ context, offDeviceRequests }) => {
  const page = await context.newPage();
  await page.goto(SITES.instagram.post);
  const hostile = '<img src=x onerror="window.__brandlinePwned=1"><b>bold</b> cheap';
  // Post a comment with HTML in it, then answer it: Brandline shows the comment being answered.
  await typeText(page, editorOf(page, EDITORS.instagram.comment), hostile);
  await rulesAfterCheck(page, 'brandline-tone-chip', hostile.length);
  await page.keyboard.press('Enter');
  await page.locator('li', { hasText: 'bold' }).getByRole('button').click();
  await page.locator('brandline-tone-chip button[aria-expanded="false"]').click();
  await expect(page.locator('brandline-tone-chip [data-replying-to]')).toContainText('<img src=x onerror="window.__brandlinePwned=1"><b>bold</b>');
  const injected = await page.evaluate(() => ({
    pwned: (window as unknown as { __brandlinePwned?: number }).__brandlinePwned,
    markup: [...document.querySelectorAll('brandline-overlay, brandline-tone-chip')].flatMap((host) => [...host.shadowRoot!.querySelectorAll('img, b')].map((el) => el.outerHTML)),
  }));
  expect(injected).toEqual({ pwned: undefined, markup: [] });
  expect(offDeviceRequests).toEqual([]);
});

test('the popup can ask the tab what Brandline sees (tab.state), composer in use first', async ({ context, openExtensionPage }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  const text = 'A cheap cup';
  await typeText(page, editorOf(page, EDITORS.x.post), text);
  await rulesAfterCheck(page, 'brandline-overlay', text.length);
  const popup = await openExtensionPage('popup.html');
  const states = await popup.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const answers = await Promise.all(tabs.map((tab) => chrome.tabs.sendMessage(tab.id!, { brandline: 1, type: 'tab.state' }).catch(() => undefined)));
    return answers.filter(Boolean);
  });
  expect(states).toHaveLength(1);
  expect(states[0]).toMatchObject({ channel: 'x', planName: 'Nordlys Coffee', composers: [{ surface: 'post', text }] });
  expect((states[0] as { composers: { findings: { ruleId: string }[] }[] }).composers[0]!.findings.map((f) => f.ruleId)).toContain('terms.banned');
});

test('an empty post box nobody has been in is not judged; focused, it shows what the plan asks for', async ({ context, openExtensionPage }) => {
  const plan = JSON.parse(readFileSync('samples/plan.example.json', 'utf8')) as { id: string; name: string; channels: { x: { hashtags: { required: string[] } } } };
  plan.id = 'x-hashtag';
  plan.name = 'Hashtag plan';
  plan.channels.x.hashtags.required = ['#NordlysKaffe'];
  const popup = await openExtensionPage('popup.html');
  expect(await popup.evaluate((planText) => chrome.runtime.sendMessage({ brandline: 1, type: 'plans.import', payload: { text: planText } }), JSON.stringify(plan))).toMatchObject({ ok: true });
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  await expect(page.locator('brandline-overlay .plan')).toHaveText(/Hashtag plan/);
  // On load: no findings, and neither a count nor an all-clear on the badge.
  expect(await ruleIds(page, 'brandline-overlay', 0)).toEqual([]);
  await expect(page.locator('brandline-overlay [data-length="0"]')).toHaveCount(1);
  await expect(page.locator('brandline-overlay .badge')).toHaveCount(0);
  // Nor is the closed badge shown: it would only cover the page beside the box (QA20).
  const host = page.locator('brandline-overlay');
  await expect(host).toHaveCSS('visibility', 'hidden');
  // In the box: the required hashtag is missing, with its fix.
  await editorOf(page, EDITORS.x.post).click();
  await expect.poll(() => ruleIds(page, 'brandline-overlay', 0)).toContain('hashtags.required');
  await expect(page.locator('brandline-overlay [data-fix-for="hashtags.required"]')).toHaveCount(1);
  await expect(host).toHaveCSS('visibility', 'visible');
  // A press on the badge (here its padding) takes the focus from the box, but the badge stays under
  // the pointer (rev25: it vanished under the click).
  const badge = (await host.boundingBox())!;
  await page.mouse.move(badge.x + 2, badge.y + 2);
  await page.mouse.down();
  await expect(host).toHaveCSS('visibility', 'visible');
  await page.mouse.up();
  await expect(host).toHaveCSS('visibility', 'visible');
  // Left empty and the pointer gone: the badge goes again; findings stay in its DOM (SPEC §6).
  await page.mouse.move(5, 5);
  await expect(host).toHaveCSS('visibility', 'hidden');
  expect(await ruleIds(page, 'brandline-overlay', 0)).toContain('hashtags.required');
});

test('a Norwegian browser without a plan checks Norwegian drafts against the Bokmål example plan', async () => {
  const context = await launchBrowser({ lang: 'nb' });
  const offDevice: string[] = [];
  try {
    await routePlayground(context, offDevice);
    const page = await context.newPage();
    await page.goto(SITES.facebook.compose);
    // "sin" (his) and "hell" (luck) are English *sin* and *hell* to the English plan's lexicon.
    const text = 'Nordlys Coffee lanserer sin nye vinterblanding i dag. Hver kunde får sin egen billige pose med hell og lykke!';
    await typeText(page, editorOf(page, EDITORS.facebook.post), text);
    const rules = await rulesAfterCheck(page, 'brandline-overlay', text.length);
    expect(rules).not.toContain('tone.negative');
    expect(rules).toContain('terms.banned');
    await expect(page.locator('brandline-overlay [data-fix-for="terms.banned"]')).toHaveCount(1);
    // "Start from the example plan" on the options page starts from the same Bokmål plan.
    const id = new URL(context.serviceWorkers()[0]!.url()).host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.locator('[data-action="start-from-example"]').click();
    await expect(options.getByRole('status')).toContainText('Nordlys Coffee');
    const active = (await options.evaluate(() => chrome.runtime.sendMessage({ brandline: 1, type: 'plans.active', payload: { channel: 'x' } }))) as { ok: boolean; value: { planId: string | null; plan: { locale: string } } };
    expect(active.value).toMatchObject({ planId: 'nordlys-coffee', plan: { locale: 'nb' } });
    expect(offDevice).toEqual([]);
  } finally {
    await context.close();
  }
});

const CARET_CASES: { site: string; url: string; id: string; tag: 'brandline-overlay' | 'brandline-tone-chip'; keys: (string | { press: string })[]; fixed: string }[] = [
  { site: 'x post (Draft.js)', url: SITES.x.home, id: EDITORS.x.post, tag: 'brandline-overlay', keys: ['A cheap cup', { press: 'Enter' }, 'for the road'], fixed: 'A good value cup\nfor the road' },
  { site: 'facebook post (Lexical)', url: SITES.facebook.compose, id: EDITORS.facebook.post, tag: 'brandline-overlay', keys: ['A cheap cup', { press: 'Enter' }, 'for the road'], fixed: 'A good value cup\nfor the road' },
  { site: 'instagram comment (textarea)', url: SITES.instagram.post, id: EDITORS.instagram.comment, tag: 'brandline-tone-chip', keys: ['A cheap cup for the road'], fixed: 'A good value cup for the road' },
];

for (const { site, url, id, tag, keys, fixed } of CARET_CASES) {
  test(`${site}: after a fix earlier in the text, typing goes on where the user was typing`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(url);
    const typed = await typeSequence(page, id, keys);
    await rulesAfterCheck(page, tag, typed!.length);
    await applyFixFor(page, tag, 'terms.banned');
    await expect.poll(() => modelText(page, id)).toBe(fixed);
    await page.keyboard.type(' END', { delay: 5 });
    await expect.poll(() => modelText(page, id)).toBe(`${fixed} END`);
  });
}

for (const { site, url, id, tag, keys, fixed } of CARET_CASES.filter((c) => c.tag === 'brandline-overlay')) {
  test(`${site}: a Fix clicked with the mouse while typing leaves the keys in the editor, every one (QA37)`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(url);
    const typed = await typeSequence(page, id, keys);
    await rulesAfterCheck(page, tag, typed!.length);
    const toggle = page.locator(`${tag} button[aria-expanded="false"]`).first();
    if (await toggle.count()) {
      await toggle.click();
      await editorOf(page, id).click();
      await page.keyboard.press('Control+End');
    }
    const more = ' and then some more words typed while the fix goes in';
    const typing = page.keyboard.type(more, { delay: 25 });
    await page.waitForTimeout(300);
    // Where the button is now: the panel follows the editor as it grows.
    const box = (await page.locator(`${tag} [data-fix-for="terms.banned"]`).first().boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await typing;
    await expect.poll(() => modelText(page, id)).toBe(`${fixed}${more}`);
  });
}

for (const { site, url, id, tag, keys, fixed } of CARET_CASES.filter((c) => c.tag === 'brandline-overlay')) {
  test(`${site}: keys typed while a fix goes in are neither lost nor put inside the fixed word`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(url);
    const typed = await typeSequence(page, id, keys);
    await rulesAfterCheck(page, tag, typed!.length);
    // The caret goes to the end of line 1, so "at the caret" and "at the end" differ.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    const toggle = page.locator(`${tag} button[aria-expanded="false"]`).first();
    if (await toggle.count()) await toggle.click();
    await page.locator(`${tag} [data-fix-for="terms.banned"]`).first().focus();
    // A slow machine: the fix's steps (select, wait for the editor, insert, put the caret back)
    // take long enough that the keys below arrive while it goes in.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    // Enter on the fix, and keys right behind it, as a fast typist does.
    await page.keyboard.press('Enter');
    // Text with no key behind it (an on-screen keyboard's word, dictation) is held the same way.
    await page.keyboard.insertText('YY');
    // So is a paste (its plain text).
    await page.evaluate((editorId) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'PP');
      const editor = document.querySelector(`[data-playground-editor="${editorId}"] [contenteditable="true"], textarea[data-playground-editor="${editorId}"]`)!;
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, id);
    await page.keyboard.type('ZZ');
    // Held back while the fix goes in, then put in where the user was typing: nothing lost, nothing inside the fixed word.
    const expected = fixed.replace('cup\n', 'cupYYPPZZ\n');
    await expect.poll(() => modelText(page, id)).toBe(expected);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.waitForTimeout(300);
    expect(await modelText(page, id)).toBe(expected);
  });
}

// Draft.js (X) drops the DOM selection on blur and puts the caret at the start when focused
// again: a keyboard trip into the panel or chip must still bring the user back where they were.
const ROUND_TRIPS: { site: string; url: string; id: string; tag: 'brandline-overlay' | 'brandline-tone-chip' }[] = [
  { site: 'x post (Draft.js)', url: SITES.x.home, id: EDITORS.x.post, tag: 'brandline-overlay' },
  { site: 'x reply (Draft.js)', url: SITES.x.reply, id: EDITORS.x.reply, tag: 'brandline-tone-chip' },
  { site: 'facebook post (Lexical)', url: SITES.facebook.compose, id: EDITORS.facebook.post, tag: 'brandline-overlay' },
];
const DRAFT = 'Users say it is cheap and nordlys coffee';
for (const { site, url, id, tag } of ROUND_TRIPS) {
  for (const [way, keys] of [['Escape', ['Escape']], ['Shift+Tab', ['Shift+Tab']], ['a fix chosen with Enter', ['Tab', 'Enter']]] as const) {
    if (way !== 'Escape' && way !== 'Shift+Tab' && tag !== 'brandline-overlay') continue;
    test(`${site}: after Alt+Shift+B and ${way}, typing goes on at the caret`, async ({ context }) => {
      const page = await context.newPage();
      await page.goto(url);
      await typeSequence(page, id, [DRAFT]);
      await rulesAfterCheck(page, tag, DRAFT.length);
      // The caret after "Users say", mid-text.
      for (let i = 0; i < DRAFT.length - 9; i++) await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Alt+Shift+B');
      for (const key of keys) await page.keyboard.press(key);
      const text = way === 'a fix chosen with Enter' ? DRAFT.replace('cheap', 'good value') : DRAFT;
      await expect.poll(() => modelText(page, id)).toBe(text);
      await expect(editorOf(page, id)).toBeFocused();
      await page.keyboard.type('Z');
      await expect.poll(() => modelText(page, id)).toBe(text.replace('Users say', 'Users sayZ'));
    });
  }
}

/** The X post box holding `text`, checked, with its panel open. */
async function xPostWithPanelOpen(context: BrowserContext, text: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  await typeText(page, editorOf(page, EDITORS.x.post), text);
  await rulesAfterCheck(page, 'brandline-overlay', text.length);
  const toggle = page.locator('brandline-overlay button[aria-expanded="false"]').first();
  if (await toggle.count()) await toggle.click();
  return page;
}

test('two Fix buttons clicked back to back: both fixes go in, one after the other', async ({ context }) => {
  const page = await xPostWithPanelOpen(context, 'A cheap cup for users');
  // Both clicks in one task: the second arrives while the first fix is going in.
  await page.evaluate(() => {
    const root = document.querySelector('brandline-overlay')!.shadowRoot!;
    for (const rule of ['terms.banned', 'terms.preferred']) root.querySelector<HTMLButtonElement>(`[data-fix-for="${rule}"]`)!.click();
  });
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe('A good value cup for coffee lovers');
});

test('a double click on one Fix applies that fix once, not the same fix elsewhere', async ({ context }) => {
  const page = await xPostWithPanelOpen(context, 'Our cheap beans, our cheap cups and our cheap mugs');
  // Two clicks in one task: the second arrives while the first fix goes in.
  await page.evaluate(() => {
    const fix = document.querySelector('brandline-overlay')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-fix-for="terms.banned"]')!;
    fix.click();
    fix.click();
  });
  const once = 'Our good value beans, our cheap cups and our cheap mugs';
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(once);
  await page.waitForTimeout(500);
  expect(await modelText(page, EDITORS.x.post)).toBe(once);
  // A real double click: its second click comes after the first fix went in, when the button
  // under the pointer is already the next "cheap"'s Fix.
  await page.locator('brandline-overlay [data-fix-for="terms.banned"]').first().dblclick({ delay: 150 });
  const twice = 'Our good value beans, our good value cups and our cheap mugs';
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(twice);
  await page.waitForTimeout(500);
  expect(await modelText(page, EDITORS.x.post)).toBe(twice);
});

test('before a plan is stored, the panel says it uses the example plan and opens the options page (QA20)', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  const text = 'So cheap today';
  await typeText(page, editorOf(page, EDITORS.x.post), text);
  expect(await rulesAfterCheck(page, 'brandline-overlay', text.length)).toContain('terms.banned');
  await expect(page.locator('brandline-overlay .plan')).toHaveText('Plan: Nordlys Coffee (example plan)');
  const toggle = page.locator('brandline-overlay button[aria-expanded="false"]');
  if (await toggle.count()) await toggle.click();
  const [options] = await Promise.all([context.waitForEvent('page'), page.locator('brandline-overlay [data-action="open-options"]').click()]);
  await expect(options).toHaveURL(`chrome-extension://${extensionId}/options.html`);
});

test('a new plan applies to an open tab without reloading it', async ({ context, openExtensionPage }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  const text = 'Fresh Winter Roast today';
  await typeText(page, editorOf(page, EDITORS.x.post), text);
  expect(await rulesAfterCheck(page, 'brandline-overlay', text.length)).not.toContain('terms.banned');
  await expect(page.locator('brandline-overlay .plan')).toHaveText(/Nordlys Coffee/);
  const plan = JSON.parse(readFileSync('samples/plan.example.json', 'utf8')) as { id: string; name: string; terms: { banned: { term: string }[] } };
  plan.id = 'strict-winter';
  plan.name = 'Strict winter plan';
  plan.terms.banned.push({ term: 'roast' });
  const popup = await openExtensionPage('popup.html');
  const reply = await popup.evaluate((planText) => chrome.runtime.sendMessage({ brandline: 1, type: 'plans.import', payload: { text: planText } }), JSON.stringify(plan));
  expect(reply).toMatchObject({ ok: true });
  await expect.poll(() => ruleIds(page, 'brandline-overlay', text.length)).toContain('terms.banned');
  await expect(page.locator('brandline-overlay .plan')).toHaveText(/Strict winter plan/);
  // A stored plan is no example: nothing asks to import one.
  await expect(page.locator('brandline-overlay [data-action="open-options"]')).toHaveCount(0);
});

test('the overlay is reachable from the keyboard and follows a dark site theme', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${SITES.x.home}?theme=dark`);
  const text = 'A cheap cup';
  await typeText(page, editorOf(page, EDITORS.x.post), text);
  await rulesAfterCheck(page, 'brandline-overlay', text.length);
  await expect(page.locator('brandline-overlay [data-theme]')).toHaveAttribute('data-theme', 'dark');
  // Alt+Shift+B from the editor opens the panel and focuses it; Tab reaches the fix; Escape goes back.
  await page.keyboard.press('Alt+Shift+B');
  await expect(page.locator('brandline-overlay button[aria-expanded="true"]')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('brandline-overlay [data-fix-for="terms.banned"]')).toBeFocused();
  // Named by what it does, described by the finding it fixes.
  await expect(page.locator('brandline-overlay [data-fix-for="terms.banned"]')).toHaveAccessibleName('Fix: Replace with “good value”');
  await expect(page.locator('brandline-overlay [data-fix-for="terms.banned"]')).toHaveAccessibleDescription(/^Avoid "cheap"/);
  await page.keyboard.press('Enter');
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe('A good value cup');
  await page.locator('brandline-overlay button[aria-expanded="true"]').focus();
  // The site hears no Escape pressed inside Brandline (X closes its compose dialog on one).
  await page.evaluate(() => document.addEventListener('keydown', (e) => e.key === 'Escape' && document.body.setAttribute('data-site-heard-escape', '')));
  await page.keyboard.press('Escape');
  await expect(editorOf(page, EDITORS.x.post)).toBeFocused();
  await expect(page.locator('brandline-overlay [data-collapsed]')).toHaveAttribute('data-collapsed', 'true');
  expect(await page.evaluate(() => document.body.hasAttribute('data-site-heard-escape'))).toBe(false);
});

test('Tab past the panel goes back to the editor, not to the top of the page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  const text = 'A cheap cup for all users';
  await typeText(page, editorOf(page, EDITORS.x.post), text);
  await rulesAfterCheck(page, 'brandline-overlay', text.length);
  await page.keyboard.press('Alt+Shift+B');
  const toggle = page.locator('brandline-overlay button[aria-expanded="true"]');
  await expect(toggle).toBeFocused();
  // Shift+Tab before the first control: back to the editor, the panel stays open.
  await page.keyboard.press('Shift+Tab');
  await expect(editorOf(page, EDITORS.x.post)).toBeFocused();
  await expect(page.locator('brandline-overlay [data-collapsed]')).toHaveAttribute('data-collapsed', 'false');
  // Tab past the last control (with the example plan, "Import your plan"): back to the editor too.
  await page.locator('brandline-overlay button').last().focus();
  await page.keyboard.press('Tab');
  await expect(editorOf(page, EDITORS.x.post)).toBeFocused();
  expect(await modelText(page, EDITORS.x.post)).toBe(text);
});

test('the overlay sits beside the composer, clear of its Post button, and follows it', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  await typeText(page, editorOf(page, EDITORS.x.post), 'Hello');
  await rulesAfterCheck(page, 'brandline-overlay', 5);
  const overlay = page.locator('brandline-overlay');
  const button = await page.locator('[data-testid="tweetButtonInline"]').first().boundingBox();
  const box = await overlay.boundingBox();
  expect(box && button).toBeTruthy();
  const overlaps = box!.x < button!.x + button!.width && button!.x < box!.x + box!.width && box!.y < button!.y + button!.height && button!.y < box!.y + box!.height;
  expect(overlaps).toBe(false);
  const editorBox = (await editorOf(page, EDITORS.x.post).boundingBox())!;
  await page.mouse.wheel(0, 120);
  await expect.poll(async () => (await overlay.boundingBox())!.y - (await editorOf(page, EDITORS.x.post).boundingBox())!.y).toBeCloseTo(box!.y - editorBox.y, 0);
});

test('problem ranges are marked with the Highlight API, and with a layer of its own where that API is missing', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  const text = 'A cheap cup';
  await typeText(page, editorOf(page, EDITORS.x.post), text);
  await rulesAfterCheck(page, 'brandline-overlay', text.length);
  // The highlight covers exactly "cheap", and the editor's DOM holds nothing of Brandline's.
  const marked = await page.evaluate(() => {
    const highlight = CSS.highlights.get('brandline-error');
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
  expect(marked).toEqual(['cheap']);
  expect(await editorOf(page, EDITORS.x.post).evaluate((el) => el.querySelectorAll('[class*="brandline"], [data-brandline], brandline-marks').length)).toBe(0);

  // Without the Highlight API (Firefox before 140): underlines in a brandline-marks layer. The API
  // is taken away in Brandline's own isolated world only, through the DevTools protocol.
  const old = await context.newPage();
  await old.goto(SITES.x.home);
  const session = await context.newCDPSession(old);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  session.on('Runtime.executionContextCreated', ({ context: world }) => worlds.push(world));
  await session.send('Runtime.enable');
  await expect.poll(() => worlds.some((w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'))).toBe(true);
  const brandline = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'))!;
  const { result } = await session.send('Runtime.evaluate', { contextId: brandline.id, expression: 'delete CSS.highlights; delete globalThis.Highlight; "highlights" in CSS' });
  expect(result.value).toBe(false);
  await typeText(old, editorOf(old, EDITORS.x.post), text);
  await rulesAfterCheck(old, 'brandline-overlay', text.length);
  const underline = old.locator('brandline-marks [data-severity="error"]');
  await expect(underline).toHaveCount(1);
  const word = await old.evaluate(() => {
    const node = document.querySelector('[data-testid="tweetTextarea_0"] [data-text="true"]')!.firstChild!;
    const range = document.createRange();
    range.setStart(node, 2);
    range.setEnd(node, 7);
    const r = range.getBoundingClientRect();
    return { x: r.x, width: r.width };
  });
  const box = (await underline.boundingBox())!;
  expect(box.x).toBeCloseTo(word.x, 0);
  expect(box.width).toBeCloseTo(word.width, 0);
});

test('when the extension is updated or disabled, Brandline leaves the page cleanly and the editor keeps working', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(SITES.x.home);
  const text = 'A cheap cup';
  await typeText(page, editorOf(page, EDITORS.x.post), text);
  await rulesAfterCheck(page, 'brandline-overlay', text.length);
  // What a newer copy of the content script announces when the extension is updated (WXT's
  // "content-script-started" event), sent from Brandline's own isolated world.
  const session = await context.newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  session.on('Runtime.executionContextCreated', ({ context: world }) => worlds.push(world));
  await session.send('Runtime.enable');
  await expect.poll(() => worlds.some((w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'))).toBe(true);
  const brandline = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'))!;
  await session.send('Runtime.evaluate', {
    contextId: brandline.id,
    expression: `document.dispatchEvent(new CustomEvent(${JSON.stringify(`${extensionId}:composer:wxt:content-script-started`)}, { detail: { contentScriptName: 'composer', messageId: 'a-newer-copy' } }))`,
  });
  await expect(page.locator('brandline-overlay, brandline-tone-chip, brandline-marks')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-brandline-channel');
  expect(await page.evaluate(() => ['brandline-error', 'brandline-warning', 'brandline-info'].filter((name) => CSS.highlights.has(name)))).toEqual([]);
  // The site goes on as if Brandline had never been there.
  await page.keyboard.type(' today');
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(`${text} today`);
  await page.waitForTimeout(300);
  await expect(page.locator('brandline-overlay')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('single-page navigation: panels go with their composers and come with the new ones', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  const text = 'A cheap cup';
  await typeText(page, editorOf(page, EDITORS.x.post), text);
  await rulesAfterCheck(page, 'brandline-overlay', text.length);
  // A link inside the app: history.pushState, no page load.
  await page.locator('article', { hasText: 'Kari Nordmann' }).locator('time').first().click();
  await expect(page).toHaveURL(/\/status\//);
  await expect(page.locator('brandline-overlay')).toHaveCount(0);
  await editorOf(page, EDITORS.x.reply).click();
  await expect(page.locator('brandline-tone-chip [data-surface="comment"]')).toHaveCount(1);
  expect(await ruleIds(page, 'brandline-tone-chip', 0)).toContain('context.complaint');
  // Back home: the post box gets its overlay again without any focus.
  await page.goBack();
  await expect(page.locator('brandline-overlay [data-surface="post"]')).toHaveCount(1);
  await expect(page.locator('brandline-tone-chip')).toHaveCount(0);
});

test('a page that should have a composer but shows none is reported once in the console', async ({ context }) => {
  const page = await context.newPage();
  const notes: string[] = [];
  page.on('console', (message) => {
    if (message.text().startsWith('Brandline: no ')) notes.push(message.text());
  });
  // A reel page with no comment field rendered (the playground shows its feed there).
  await page.goto('https://www.instagram.com/reel/C9nordlys01/');
  await expect.poll(() => notes.length, { timeout: 12_000 }).toBe(1);
  expect(notes[0]).toContain('lib/content/sites/instagram.ts');
  // Once only, and never on a page that is not expected to hold a composer.
  await page.goto('https://www.instagram.com/explore/');
  await page.waitForTimeout(6_500);
  expect(notes).toHaveLength(1);
});

/** X's home with a long timeline (the playground's has only a few posts) and a checked draft; its panel. */
async function homeWithDraft(context: BrowserContext): Promise<{ page: Page; panel: Locator }> {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  await page.addStyleTag({ content: '.x-primary { padding-bottom: 4000px; }' });
  const text = 'A cheap cup for users';
  await typeText(page, editorOf(page, EDITORS.x.post), text);
  await rulesAfterCheck(page, 'brandline-overlay', text.length);
  const panel = page.locator('brandline-overlay').filter({ has: page.locator(`[data-length="${text.length}"]`) });
  await expect(panel).toBeVisible();
  return { page, panel };
}

test('a post box scrolled out of view takes its panel with it, and scrolling back brings it back (QA27)', async ({ context }) => {
  const { page, panel } = await homeWithDraft(context);
  // The user leaves the box and reads the timeline: past the next placements (once a second).
  await page.mouse.click(640, 700);
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(1500);
  const inView = () =>
    panel.evaluate((host) => {
      const box = host.getBoundingClientRect();
      return getComputedStyle(host).visibility !== 'hidden' && getComputedStyle(host).display !== 'none' && box.bottom > 0 && box.top < innerHeight;
    });
  expect(await inView()).toBe(false);
  await page.mouse.wheel(0, -3000);
  await expect.poll(inView).toBe(true);
});

test('a post box scrolled under the sticky header, with a sliver still in the window, takes its panel with it', async ({ context }) => {
  const { page, panel } = await homeWithDraft(context);
  const shown = () => panel.evaluate((host) => getComputedStyle(host).visibility !== 'hidden' && getComputedStyle(host).display !== 'none');
  const frame = page.locator('[data-testid="tweetTextarea_0RichTextInputContainer"]');
  const header = await page.locator('.x-header').boundingBox();
  // The box's last 20 px sit in the window, under the header (which is taller than that).
  await page.mouse.click(640, 700);
  const box = (await frame.boundingBox())!;
  expect(header!.height).toBeGreaterThan(20);
  await page.evaluate((by) => window.scrollBy(0, by), box.y + box.height - 20);
  const after = (await frame.boundingBox())!;
  expect(after.y + after.height).toBeGreaterThan(0);
  expect(after.y + after.height).toBeLessThan(header!.height);
  await expect.poll(shown).toBe(false);
  // Scrolled back into view, the panel comes back.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(shown).toBe(true);
});

// Host pages that move the panel's coordinates: CSS zoom, a positioned and centred <body> (QA27).
for (const [site, url, editorId, frameSelector] of [
  ['x', SITES.x.home, EDITORS.x.post, '[data-testid="tweetTextarea_0RichTextInputContainer"]'],
  ['facebook', SITES.facebook.compose, EDITORS.facebook.post, '[role="dialog"]'],
] as const) {
  for (const [name, css] of [
    ['body zoom 1.25', 'body { zoom: 1.25; }'],
    ['html zoom 0.8', 'html { zoom: 0.8; }'],
    ['a centred positioned body', 'body { position: relative; max-width: 1000px; margin: 0 auto !important; }'],
    ['a positioned body 60 px down', 'body { position: relative; margin-top: 60px !important; }'],
  ] as const) {
    test(`${site}: with ${name} the panel sits beside the composer, inside the window`, async ({ context }) => {
      const page = await context.newPage();
      await page.goto(url);
      await page.addStyleTag({ content: css });
      const text = 'A cheap cup for users';
      await typeText(page, editorOf(page, editorId), text);
      await rulesAfterCheck(page, 'brandline-overlay', text.length);
      const host = page.locator('brandline-overlay').filter({ has: page.locator(`[data-length="${text.length}"]`) });
      await expect
        .poll(async () => {
          const [panel, frame, width, height] = await Promise.all([
            host.evaluate((element) => element.shadowRoot!.querySelector('.panel')!.getBoundingClientRect().toJSON() as DOMRect),
            page.locator(frameSelector).first().evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect),
            page.evaluate(() => innerWidth),
            page.evaluate(() => innerHeight),
          ]);
          const inside = panel.left >= 0 && panel.top >= 0 && panel.right <= width && panel.bottom <= height;
          const beside = Math.min(Math.abs(panel.left - frame.right), Math.abs(panel.right - frame.left)) <= 40 && panel.bottom > frame.top && panel.top < frame.bottom;
          return inside && beside;
        })
        .toBe(true);
    });
  }
}

test('the page takes the panel out of <body> once: it comes back (QA27)', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  const text = 'A cheap cup for users';
  await typeText(page, editorOf(page, EDITORS.x.post), text);
  await rulesAfterCheck(page, 'brandline-overlay', text.length);
  // Counted in the same task as the removal: the panel may come back before the next poll could
  // see it gone (a ResizeObserver reports the removed panel at once), which is the point.
  const leftAfterRemoval = await page.evaluate(() => {
    document.querySelectorAll('body > brandline-overlay').forEach((element) => element.remove());
    return document.querySelectorAll('brandline-overlay').length;
  });
  expect(leftAfterRemoval).toBe(0);
  await expect(page.locator(`brandline-overlay [data-length="${text.length}"]`)).toHaveCount(1);
  await expect(page.locator('brandline-overlay').first()).toBeVisible();
});

test('the content script run again in an open tab (access given back) ends the first copy: one panel, checks and fixes work', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  await typeText(page, editorOf(page, EDITORS.x.post), 'Our cheap coffee');
  await rulesAfterCheck(page, 'brandline-overlay', 'Our cheap coffee'.length);
  // What the background does on permissions.onAdded (lib/background/run-in-open-tabs.ts), with the
  // origins the browser reports.
  const worker = context.serviceWorkers()[0]!;
  const ran = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> }; scripting: { executeScript(i: object): Promise<unknown> }; runtime: { getManifest(): { content_scripts: { js: string[] }[] } } } }).chrome;
    const tabs = await api.tabs.query({ url: ['https://x.com/*'] });
    for (const tab of tabs) await api.scripting.executeScript({ target: { tabId: tab.id }, files: api.runtime.getManifest().content_scripts[0]!.js });
    return tabs.map((t) => t.url);
  });
  expect(ran).toEqual([SITES.x.home]);
  await page.keyboard.type(' is here', { delay: 5 });
  const text = 'Our cheap coffee is here';
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe(text);
  await rulesAfterCheck(page, 'brandline-overlay', text.length);
  await expect(page.locator('brandline-overlay')).toHaveCount(1);
  await applyFixFor(page, 'brandline-overlay', 'terms.banned');
  await expect.poll(() => modelText(page, EDITORS.x.post)).toBe('Our good value coffee is here');
  await expect(page.locator('brandline-overlay')).toHaveCount(1);
});

test('a page that sets document.adoptedStyleSheets does not take the marks away for good (QA37)', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  const editor = editorOf(page, EDITORS.x.post);
  await typeText(page, editor, 'Our cheap coffee');
  await rulesAfterCheck(page, 'brandline-overlay', 'Our cheap coffee'.length);
  const ours = () => page.evaluate(() => document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(brandline-'))).length);
  expect(await ours()).toBe(1);
  // What Lit or a CSS-in-JS library does: the whole array assigned, ours not in it.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.site { color: red }');
    document.adoptedStyleSheets = [sheet];
  });
  expect(await ours()).toBe(0);
  await page.keyboard.type(' for users', { delay: 5 });
  await rulesAfterCheck(page, 'brandline-overlay', 'Our cheap coffee for users'.length);
  await expect.poll(ours).toBe(1);
  expect(await page.evaluate(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('.site'))))).toBe(true);
});

test('a page rule "* { all: unset !important }" does not take the panel out of its floating layer (QA37)', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  const editor = editorOf(page, EDITORS.x.post);
  await typeText(page, editor, 'Our cheap coffee');
  await rulesAfterCheck(page, 'brandline-overlay', 'Our cheap coffee'.length);
  await page.addStyleTag({ content: '* { all: unset !important; }' });
  await page.keyboard.type(' today', { delay: 5 });
  await rulesAfterCheck(page, 'brandline-overlay', 'Our cheap coffee today'.length);
  const host = page.locator('brandline-overlay');
  await expect.poll(() => host.evaluate((el) => getComputedStyle(el).position)).toMatch(/^(absolute|fixed)$/);
  expect(await host.evaluate((el) => getComputedStyle(el).zIndex)).toMatch(/^214748300[01]$/);
});
