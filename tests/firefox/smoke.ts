/**
 * Firefox smoke test: the built Firefox MV3 extension in Debian's Firefox ESR, driven by
 * puppeteer-core over WebDriver BiDi (Playwright's Firefox needs its own patched build, which
 * cannot be downloaded here). The playground is served at the real sites' URLs by request
 * interception, as tests/e2e/sites.ts does for Chromium; every other request fails the test.
 *
 * It checks what only a real Firefox can tell: the content script's bootstrap runs, the lazily
 * imported engine module loads and runs (it once did not: core-js's Function() fallback was
 * blocked by the extension CSP in Firefox), the background answers with the active plan, and a
 * fix edits each editor framework's own model (Draft.js, Lexical), the tone chip appears on
 * a React textarea, and the options page stores a plan and a metrics CSV that the side panel page
 * then reads back as KPIs.
 *
 * Run: npm run test:firefox (after `npm run build:firefox` and `npm run build:playground`).
 * FIREFOX=/path/to/firefox overrides the binary; BRANDLINE_FIREFOX_EXTENSION_DIR the build;
 * DUMPIO=1 prints the browser's console.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { applyFix } from '../../lib/engine/apply-fix';
import { EDITORS, SITES } from '../../playground/src/urls';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const EXTENSION = resolve(process.env.BRANDLINE_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3');
const PLAYGROUND = resolve(process.env.BRANDLINE_PLAYGROUND_DIR ?? 'playground/dist');
const PAGE_OF_HOST: Record<string, string> = { 'x.com': 'x.html', 'www.facebook.com': 'facebook.html', 'www.instagram.com': 'instagram.html' };
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };
const TIMEOUT = 15_000;
/** The extension's gecko id (wxt.config.ts) and the moz-extension:// host it gets here, pinned by a pref. */
const GECKO_ID = 'brandline@brandline.invalid';
const EXTENSION_UUID = '6f1c2b1e-4a3d-4c1b-9a7e-0b5d1e2f3a4b';
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const offDevice: string[] = [];

async function serve(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.protocol.startsWith('http')) return void request.continue();
    const host = PAGE_OF_HOST[url.host];
    if (!host) {
      offDevice.push(request.url());
      return void request.abort();
    }
    const relative = url.pathname.startsWith('/__playground/') ? url.pathname.slice(1) : host;
    const path = normalize(join(PLAYGROUND, relative));
    if (!path.startsWith(PLAYGROUND) || !existsSync(path)) return void request.respond({ status: 404, body: '' });
    void request.respond({ status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(path) });
  });
}

async function open(browser: Browser, url: string, channel: string): Promise<Page> {
  const page = await browser.newPage();
  await serve(page);
  await page.goto(url);
  // Set by the content script's bootstrap as soon as it runs on one of the three sites.
  await page
    .waitForFunction((c) => document.documentElement.dataset.brandlineChannel === c, { timeout: TIMEOUT }, channel)
    .catch(() => {
      throw new Error(`${url}: the content script did not run (no data-brandline-channel="${channel}")`);
    });
  return page;
}

async function typeInto(page: Page, editorId: string, text: string): Promise<void> {
  const editor = await page.waitForSelector(`[data-playground-editor="${editorId}"] [contenteditable="true"], textarea[data-playground-editor="${editorId}"]`, { timeout: TIMEOUT });
  await editor!.click();
  await page.keyboard.type(text, { delay: 5 });
}

/** Waits for a finding of `ruleId` in the Brandline element `tag` (its shadow root). */
/** A tab opened while its site's access was off, checked once the access is back: the content script was run in it, and its checks work. */
async function expectCheckedWithoutReload(tab: Page, channel: string, what: string, type: () => Promise<void>, tag: string, ruleId: string): Promise<void> {
  await tab.bringToFront();
  await tab.waitForFunction((want) => document.documentElement.dataset.brandlineChannel === want, { timeout: TIMEOUT }, channel).catch(() => {
    throw new Error(`${what}: the content script was not run in it`);
  });
  await type();
  await waitForRule(tab, tag, ruleId);
  await tab.close();
}

async function waitForRule(page: Page, tag: string, ruleId: string): Promise<void> {
  try {
    await page.waitForFunction((t, r) => !!document.querySelector(t)?.shadowRoot?.querySelector(`[data-rule="${r}"]`), { timeout: TIMEOUT }, tag, ruleId);
  } catch {
    const present = await page.evaluate((t) => !!document.querySelector(t), tag);
    throw new Error(
      `${page.url()}: no ${ruleId} finding in <${tag}> after ${TIMEOUT / 1000} s (${present ? 'the element is there' : 'the element never appeared: did the engine module load?'}). ` +
        'DUMPIO=1 prints the browser console, where content-script errors show.',
    );
  }
}

/** Clicks the fix of `ruleId` like a user (expanding a collapsed panel) and returns what it offered. */
async function clickFix(page: Page, ruleId: string): Promise<{ start: number; end: number; text: string }> {
  const collapsed = await page.$('brandline-overlay >>> button[aria-expanded="false"]');
  if (collapsed) await collapsed.click();
  const button = await page.waitForSelector(`brandline-overlay >>> [data-fix-for="${ruleId}"]`, { timeout: TIMEOUT });
  const fix = await button!.evaluate((el) => ({ start: Number(el.getAttribute('data-fix-start')), end: Number(el.getAttribute('data-fix-end')), text: el.getAttribute('data-fix-text') ?? '' }));
  await button!.click();
  return fix;
}

async function modelText(page: Page, editorId: string): Promise<string | undefined> {
  return page.evaluate((id) => (window as unknown as { __playground: { text(id: string): string | undefined } }).__playground.text(id), editorId);
}

async function expectModel(page: Page, editorId: string, expected: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT;
  let text = await modelText(page, editorId);
  while (text !== expected && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    text = await modelText(page, editorId);
  }
  assert.equal(text, expected, `${editorId}: the editor's model text after the fix`);
}

/**
 * A fix of `ruleId` on `draft` gives `expected` (written out from the example plan, not computed by
 * the engine) in the editor's own model. The default is terms.banned "cheap" → "good value".
 */
async function fixEditsModel(browser: Browser, name: string, url: string, channel: string, editorId: string, change = { ruleId: 'terms.banned', draft: 'Our cheap coffee is here', expected: 'Our good value coffee is here' }): Promise<void> {
  const { ruleId, draft, expected } = change;
  const page = await open(browser, url, channel);
  await typeInto(page, editorId, draft);
  await waitForRule(page, 'brandline-overlay', ruleId);
  const fix = await clickFix(page, ruleId);
  assert.equal(applyFix(draft, fix), expected, `${name}: the fix the panel offers`);
  await expectModel(page, editorId, expected);
  console.log(`ok   ${name}: overlay, ${ruleId}, fix in the editor's model → ${JSON.stringify(expected)}`);
  await page.close();
}

/**
 * Opens one of the extension's own pages. Firefox loads it, but its WebDriver BiDi reports no
 * navigation for moz-extension:// loads (the page's URL stays about:blank and goto times out), so
 * the page is waited for by its own location instead.
 */
async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  // Once in a fresh-clone CI run the first load was never started (the tab stayed about:blank for
  // the whole timeout, and the same build opened it on every later run): a second tab is tried
  // before the page counts as not opening.
  for (let attempt = 1; ; attempt++) {
    const page = await browser.newPage();
    void page.goto(`${EXTENSION_ORIGIN}/${path}`, { timeout: TIMEOUT }).catch(() => undefined);
    const opened = await page
      .waitForFunction((origin) => location.origin === origin && document.readyState === 'complete', { timeout: TIMEOUT }, EXTENSION_ORIGIN)
      .then(() => true, () => false);
    if (opened) return page;
    await page.close().catch(() => undefined);
    if (attempt === 2) throw new Error(`${path}: the extension page did not open (two tries)`);
    console.warn(`note ${path}: the first tab did not load it; trying a second`);
  }
}

/** The text of the page's role=status or role=alert element once one has text. */
async function outcome(page: Page): Promise<{ role: string; text: string }> {
  const handle = await page.waitForFunction(
    () => {
      for (const role of ['alert', 'status']) {
        const text = document.querySelector(`[role="${role}"]`)?.textContent?.trim();
        if (text) return { role, text };
      }
      return undefined;
    },
    { timeout: TIMEOUT },
  );
  return (await handle.jsonValue()) as { role: string; text: string };
}

/**
 * The data path in Firefox: the options page imports a plan and a metrics CSV through its file
 * inputs (the background's IndexedDB store in a Firefox event page), and the side panel page shows
 * the KPI those rows give.
 */
async function dataPath(browser: Browser): Promise<void> {
  const options = await openExtensionPage(browser, 'options.html');
  const planInput = await options.waitForSelector('input[type=file][data-action="import-plan"]', { timeout: TIMEOUT });
  await planInput!.uploadFile(resolve('samples/plan.example.json'));
  const planOutcome = await outcome(options);
  assert.equal(planOutcome.role, 'status', `plan import: ${planOutcome.text}`);
  const metricsInput = await options.waitForSelector('input[type=file][data-action="import-metrics"]', { timeout: TIMEOUT });
  await metricsInput!.uploadFile(resolve('tests/fixtures/metrics/followers.csv'));
  await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('followers.csv'), { timeout: TIMEOUT });
  await options.close();
  console.log('ok   options page: the example plan and a followers CSV imported (IndexedDB in the background)');

  const panel = await openExtensionPage(browser, 'sidepanel.html?from=2027-01-01&to=2027-01-31&channel=instagram');
  // Written out from tests/fixtures/metrics/followers.csv: Instagram 10,000 on 1 Jan, 10,600 on 31 Jan.
  await panel.waitForFunction(() => document.querySelector('[data-kpi="followers"]')?.getAttribute('data-value') === '10600', { timeout: TIMEOUT }).catch(async () => {
    const value = await panel.evaluate(() => document.querySelector('[data-kpi="followers"]')?.getAttribute('data-value'));
    throw new Error(`side panel: followers for Instagram in January is ${String(value)}, expected 10600`);
  });
  const growth = await panel.evaluate(() => document.querySelector('[data-kpi="audienceGrowth"]')?.getAttribute('data-value'));
  assert.equal(Number(growth), 0.06, 'side panel: audienceGrowth for Instagram in January');
  await panel.close();
  console.log('ok   side panel page: followers 10600 and audience growth 0.06 for Instagram in January');

  // Last, since it takes a site away: a user who turns off Brandline's access to x.com (about:addons
  // → Permissions) is told so on the options page, with a button to allow it again (QA21).
  const access = await openExtensionPage(browser, 'options.html');
  await access.evaluate(() => (globalThis as unknown as { browser: { permissions: { remove(p: { origins: string[] }): Promise<boolean> } } }).browser.permissions.remove({ origins: ['https://x.com/*'] }));
  await access.waitForFunction(() => document.querySelector('.bl-site-access')?.getAttribute('data-blocked') === 'x' && !!document.querySelector('[data-action="allow-x"]'), { timeout: TIMEOUT });
  await access.close();
  // The popup cannot read the tab's address (no `tabs` permission): it names the sites that are off.
  const popup = await openExtensionPage(browser, 'popup.html');
  await popup.waitForFunction(() => document.querySelector('[data-blocked]')?.getAttribute('data-blocked') === 'x', { timeout: TIMEOUT });
  await popup.close();
  console.log('ok   options page and popup: say that x.com access is off, with a button to allow it');
  // An X tab opened while the access is off: Brandline does not run there.
  const xTab = await browser.newPage();
  await serve(xTab);
  await xTab.goto(SITES.x.home);
  await xTab.waitForSelector(`[data-playground-editor="${EDITORS.x.post}"] [contenteditable="true"]`, { timeout: TIMEOUT });
  await new Promise((done) => setTimeout(done, 500));
  assert.equal(await xTab.evaluate(() => document.documentElement.dataset.brandlineChannel), undefined, 'the content script ran on x.com with its access off');
  // Allowed again (the prompt is accepted by a pref here): the tab already open is checked at once,
  // without a reload (the background runs the content script in it), and the page says so.
  const again = await openExtensionPage(browser, 'options.html');
  await again.waitForSelector('[data-action="allow-x"]', { timeout: TIMEOUT });
  await again.click('[data-action="allow-x"]');
  await again.waitForFunction(() => /already open too/.test(document.querySelector('[data-allowed="x"]')?.textContent ?? '') && document.querySelector('.bl-site-access')?.getAttribute('data-blocked') === '', { timeout: TIMEOUT });
  await again.close();
  await expectCheckedWithoutReload(xTab, 'x', 'x.com tab open before "Allow X"', () => typeInto(xTab, EDITORS.x.post, 'Our cheap coffee is here'), 'brandline-overlay', 'terms.banned');
  console.log('ok   options page: "Allow X" gives the access back, and an X tab already open is checked without a reload');

  // Firefox's own site-access menu grants the tab's host, not the extension's pattern: access to
  // instagram.com taken away, then given back as "https://www.instagram.com/*" only (rev36 M2).
  const menu = await openExtensionPage(browser, 'options.html');
  await menu.evaluate(() => (globalThis as unknown as { browser: { permissions: { remove(p: { origins: string[] }): Promise<boolean> } } }).browser.permissions.remove({ origins: ['https://*.instagram.com/*'] }));
  const igTab = await browser.newPage();
  await serve(igTab);
  await igTab.goto(SITES.instagram.post);
  await igTab.waitForSelector(`textarea[data-playground-editor="${EDITORS.instagram.comment}"]`, { timeout: TIMEOUT });
  await new Promise((done) => setTimeout(done, 500));
  assert.equal(await igTab.evaluate(() => document.documentElement.dataset.brandlineChannel), undefined, 'the content script ran on instagram.com with its access off');
  // permissions.request needs a user's click: a button on the extension page, clicked.
  await menu.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'grant-www-instagram';
    button.textContent = 'grant';
    button.addEventListener('click', () => {
      void (globalThis as unknown as { browser: { permissions: { request(p: { origins: string[] }): Promise<boolean> } } }).browser.permissions.request({ origins: ['https://www.instagram.com/*'] }).then((ok) => (button.dataset.granted = String(ok)));
    });
    document.body.prepend(button);
  });
  await menu.click('#grant-www-instagram');
  await menu.waitForFunction(() => document.querySelector('#grant-www-instagram')?.getAttribute('data-granted') === 'true', { timeout: TIMEOUT });
  await menu.close();
  await expectCheckedWithoutReload(igTab, 'instagram', 'instagram.com tab open before its host was granted', () => typeInto(igTab, EDITORS.instagram.comment, 'You are all idiots'), 'brandline-tone-chip', 'tone.hostile');
  console.log('ok   a grant of the tab\'s own host (https://www.instagram.com/*) starts the checks in an instagram.com tab already open');
}

async function main(): Promise<void> {
  for (const [what, path] of [['Firefox', FIREFOX], ['Firefox build of the extension', join(EXTENSION, 'manifest.json')], ['built playground', join(PLAYGROUND, 'x.html')]] as const) {
    if (!existsSync(path)) throw new Error(`${what} not found at ${path}`);
  }
  const started = performance.now();
  const dumpio = process.env.DUMPIO === '1';
  // With DUMPIO=1 the browser's output, content-script console included, goes to stderr.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    dumpio,
    // Firefox 153+ lets WebDriver navigate to moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // A fixed moz-extension:// host, so the extension's own pages can be opened by URL.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // "Allow X" asks for a host permission: accepted without the prompt, which WebDriver cannot click.
      'extensions.webextOptionalPermissionPrompts': false,
      ...(dumpio ? { 'devtools.console.stdout.content': true } : {}),
    },
  });
  try {
    await browser.installExtension(EXTENSION);
    await fixEditsModel(browser, 'x.com post box (Draft.js)', SITES.x.home, 'x', EDITORS.x.post);
    await fixEditsModel(browser, 'facebook.com post dialog (Lexical)', SITES.facebook.compose, 'facebook', EDITORS.facebook.post);
    // A fix that deletes, across a coloured hashtag (a Draft.js decorator leaf, a Lexical HashtagNode).
    await fixEditsModel(browser, 'x.com post box (Draft.js, coloured hashtag)', SITES.x.home, 'x', EDITORS.x.post, { ruleId: 'hashtags.banned', draft: 'Fresh roast #cheapcoffee today', expected: 'Fresh roast today' });
    await fixEditsModel(browser, 'instagram.com caption (Lexical, HashtagNode)', SITES.instagram.create, 'instagram', EDITORS.instagram.caption, { ruleId: 'hashtags.banned', draft: 'New roast #followforfollow today #NordlysCoffee', expected: 'New roast today #NordlysCoffee' });
    const page = await open(browser, SITES.instagram.post, 'instagram');
    await typeInto(page, EDITORS.instagram.comment, 'You are all idiots');
    await waitForRule(page, 'brandline-tone-chip', 'tone.hostile');
    console.log('ok   instagram.com comment field (React textarea): tone chip flags tone.hostile');
    await dataPath(browser);
    assert.deepEqual(offDevice, [], 'requests that would have left the device');
    console.log(`Firefox smoke test passed in ${((performance.now() - started) / 1000).toFixed(1)} s (${(await browser.version())})`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`FAIL Firefox smoke test: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
