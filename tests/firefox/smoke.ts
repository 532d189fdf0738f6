/**
 * Firefox smoke test: the built Firefox MV3 extension in Debian's Firefox ESR, driven by
 * puppeteer-core over WebDriver BiDi (Playwright's Firefox needs its own patched build, which
 * cannot be downloaded here). The playground is served at the real sites' URLs by request
 * interception, as tests/e2e/sites.ts does for Chromium; every other request fails the test.
 *
 * It checks what only a real Firefox can tell: the content script's bootstrap runs, the lazily
 * imported engine module loads and runs (it once did not: core-js's Function() fallback was
 * blocked by the extension CSP in Firefox), the background answers with the active plan, and a
 * fix edits each editor framework's own model (Draft.js, Lexical), and the tone chip appears on
 * a React textarea.
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

async function fixEditsModel(browser: Browser, name: string, url: string, channel: string, editorId: string): Promise<void> {
  const page = await open(browser, url, channel);
  const draft = 'Our cheap coffee is here';
  await typeInto(page, editorId, draft);
  await waitForRule(page, 'brandline-overlay', 'terms.banned');
  const fix = await clickFix(page, 'terms.banned');
  // Written out from the example plan (terms.banned "cheap" → "good value"), not computed by the engine.
  const expected = 'Our good value coffee is here';
  assert.equal(applyFix(draft, fix), expected, `${name}: the fix the panel offers`);
  await expectModel(page, editorId, expected);
  console.log(`ok   ${name}: overlay, terms.banned, fix in the editor's model → ${JSON.stringify(expected)}`);
  await page.close();
}

async function main(): Promise<void> {
  for (const [what, path] of [['Firefox', FIREFOX], ['Firefox build of the extension', join(EXTENSION, 'manifest.json')], ['built playground', join(PLAYGROUND, 'x.html')]] as const) {
    if (!existsSync(path)) throw new Error(`${what} not found at ${path}`);
  }
  const started = performance.now();
  const dumpio = process.env.DUMPIO === '1';
  // With DUMPIO=1 the browser's output, content-script console included, goes to stderr.
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, dumpio, extraPrefsFirefox: dumpio ? { 'devtools.console.stdout.content': true } : {} });
  try {
    await browser.installExtension(EXTENSION);
    await fixEditsModel(browser, 'x.com post box (Draft.js)', SITES.x.home, 'x', EDITORS.x.post);
    await fixEditsModel(browser, 'facebook.com post dialog (Lexical)', SITES.facebook.compose, 'facebook', EDITORS.facebook.post);
    const page = await open(browser, SITES.instagram.post, 'instagram');
    await typeInto(page, EDITORS.instagram.comment, 'You are all idiots');
    await waitForRule(page, 'brandline-tone-chip', 'tone.hostile');
    console.log('ok   instagram.com comment field (React textarea): tone chip flags tone.hostile');
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
