/**
 * `npm run demo`: Brandline working in one command, without any account.
 *
 * Builds the extension and the playground, opens Chromium with Brandline loaded, imports the
 * example plan and the sample metrics through the options page (as a user would), then opens the
 * playground pages at the real sites' URLs with demo drafts typed in, plus the side panel and the
 * popup in tabs. With a display it stays open until the browser is closed; without one (or with
 * --headless, or in CI) it writes a screenshot of every surface and exits.
 *
 * Options: --headless, --no-build (reuse the current builds), --out DIR (default demo-screenshots).
 * BRANDLINE_EXTENSION_DIR picks another extension build, as for the e2e tests.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extensionIdOf, launchBrowser } from '../tests/e2e/browser';
import { SITES, routePlayground, withOptions } from '../tests/e2e/sites';

interface DemoOptions {
  headless: boolean;
  build: boolean;
  outDir: string;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The extension API an extension page offers (evaluated there, typed here). */
declare const chrome: { tabs: { query(filter: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number } | undefined> } };
const PLAN_FILE = join(ROOT, 'samples/plan.example.json');
const METRICS_DIR = join(ROOT, 'samples/metrics');
/** The sample data covers 2027-01 … 2027-03: the side panel opens on that quarter. */
const REPORT_QUERY = 'from=2027-01-01&to=2027-03-31&channel=all';

const USAGE = `Usage: npm run demo [-- --headless] [--no-build] [--out DIR]

Builds Brandline and its playground, opens Chromium with the extension loaded, imports the example
plan and the sample metrics, and opens X, Facebook and Instagram-like composers with drafts in them.
  --headless   no window: write a screenshot of every surface and exit (the default without a display)
  --no-build   reuse the last builds (.output/chrome-mv3 and the playground)
  --out DIR    where the screenshots go (default demo-screenshots)
  --help       this text`;

function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): DemoOptions | undefined {
  if (argv.includes('--help') || argv.includes('-h')) return undefined;
  const outAt = argv.indexOf('--out');
  const outArg = outAt >= 0 ? argv[outAt + 1] : undefined;
  if (outAt >= 0 && (!outArg || outArg.startsWith('-'))) throw new Error('--out needs a folder name, e.g. --out demo-screenshots');
  const unknown = argv.filter((arg, i) => arg.startsWith('-') && !['--headless', '--no-build', '--out'].includes(arg) && (outAt < 0 || i !== outAt + 1));
  if (unknown.length) throw new Error(`unknown option ${unknown[0]}\n\n${USAGE}`);
  const hasDisplay = Boolean(env.DISPLAY || env.WAYLAND_DISPLAY) && !env.CI;
  return {
    headless: argv.includes('--headless') || !hasDisplay,
    build: !argv.includes('--no-build'),
    outDir: resolve(outArg ?? 'demo-screenshots'),
  };
}

function say(message: string): void {
  console.log(`[demo] ${message}`);
}

function run(script: string): void {
  say(`npm run ${script}`);
  const result = spawnSync('npm', ['run', script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed (exit ${result.status ?? result.signal}).`);
}

/** A draft per composer, written to show what Brandline catches on each channel and surface. */
interface DemoSurface {
  name: string;
  url: string;
  /** The editor, by the markers the real site uses. */
  editor: string;
  open?(page: Page): Promise<void>;
  draft: string;
}

const SURFACES: DemoSurface[] = [
  {
    name: 'x-post', url: SITES.x.home, editor: '[data-testid="tweetTextarea_0"]',
    draft: 'Our cheap polar roast is the best coffee in the world!!! 😍😍😍 #coffee #winter #cheapcoffee https://nordlyscoffee.no/polar',
  },
  {
    name: 'x-reply', url: SITES.x.complaint, editor: '[data-testid="tweetTextarea_0"]',
    draft: 'Not our fault, the courier broke it. Read the terms.',
  },
  {
    name: 'facebook-post', url: SITES.facebook.home, editor: '[role="dialog"] [data-lexical-editor="true"]',
    open: (page) => page.locator('[role="main"] [role="button"]').first().click(),
    draft: 'Fresh from our factory: Polar Roast from Nordly Cofee, for coffee consumers everywhere.',
  },
  {
    name: 'facebook-comment', url: SITES.facebook.home,
    editor: '[role="article"]:has([data-ad-preview="message"]:has-text("#4411")) [data-lexical-editor="true"]',
    draft: "We're really sorry to hear this. Could you send us a DM with your order number? We'll make it right.",
  },
  {
    name: 'instagram-caption', url: SITES.instagram.create, editor: '[role="dialog"] [data-lexical-editor="true"]',
    draft: 'polar roast is here ☕ #followforfollow',
  },
  {
    name: 'instagram-comment', url: SITES.instagram.post, editor: 'form textarea',
    open: (page) => page.locator('li', { hasText: 'Still waiting for a refund' }).locator('[role="button"]').first().click(),
    draft: 'check your spam folder lol',
  },
];

/** What the options page shows in its SPEC section 6 outcome regions (role=status / role=alert). */
function outcomeText(page: Page): Promise<string> {
  return page.evaluate(() => [...document.querySelectorAll('[role="status"], [role="alert"]')]
    .map((el) => `${el.getAttribute('role')}: ${(el.textContent ?? '').trim()}`)
    .filter((line) => !line.endsWith(': '))
    .join(' | '));
}

async function waitForOutcome(page: Page, before: string): Promise<string | undefined> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const now = await outcomeText(page);
    if (now && now !== before) return now;
    await page.waitForTimeout(200);
  }
  return undefined;
}

/** Feeds files to one of the options page's import inputs; says so when the input is not there. */
async function importThrough(page: Page, action: 'import-plan' | 'import-metrics', files: string[]): Promise<void> {
  const input = page.locator(`input[type=file][data-action="${action}"]`);
  try {
    await input.waitFor({ state: 'attached', timeout: 5000 });
  } catch {
    say(`the options page has no input[data-action="${action}"] yet: skipping ${files.length} file(s).`);
    return;
  }
  for (const file of files) {
    const before = await outcomeText(page);
    await input.setInputFiles(file);
    const outcome = await waitForOutcome(page, before);
    say(`${action} ${relative(ROOT, file)}: ${outcome ?? 'no outcome shown within 20 s'}`);
  }
}

async function importSamples(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importThrough(options, 'import-plan', [PLAN_FILE]);
  const csvs = existsSync(METRICS_DIR) ? readdirSync(METRICS_DIR).filter((f) => f.endsWith('.csv')).sort().map((f) => join(METRICS_DIR, f)) : [];
  if (csvs.length === 0) say('no sample metrics in samples/metrics/*.csv yet: the side panel will show no KPIs.');
  else await importThrough(options, 'import-metrics', csvs);
  await options.reload();
  return options;
}

/**
 * Waits until the findings in Brandline's shadow roots stop changing (the check runs after a short
 * pause in typing), so a screenshot of the collapsed badge agrees with the open panel.
 */
async function settled(page: Page): Promise<void> {
  const findings = () => page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.tagName.startsWith('BRANDLINE-')).map((el) => el.shadowRoot?.querySelectorAll('[data-rule]').length ?? 0).join(','));
  let last = '';
  let same = 0;
  for (let i = 0; i < 40 && same < 3; i++) {
    await page.waitForTimeout(150);
    const now = await findings();
    same = now === last && now !== '' ? same + 1 : 0;
    last = now;
  }
}

async function hasBrandlineElement(page: Page): Promise<boolean> {
  try {
    await page.waitForFunction(() => [...document.querySelectorAll('*')].some((el) => el.tagName.startsWith('BRANDLINE-')), null, { timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens Brandline's collapsed panels on the page (the toggle with aria-expanded="false" inside each
 * brandline-* element's open shadow root), so a screenshot shows the findings. Returns how many.
 */
function expandBrandline(page: Page): Promise<number> {
  return page.evaluate(() => {
    let opened = 0;
    for (const host of document.querySelectorAll('*')) {
      if (!host.tagName.startsWith('BRANDLINE-') || !host.shadowRoot) continue;
      const toggle = host.shadowRoot.querySelector<HTMLElement>('button[aria-expanded="false"]');
      if (toggle) {
        toggle.click();
        opened += 1;
      }
    }
    return opened;
  });
}

async function openSurface(context: BrowserContext, surface: DemoSurface): Promise<Page> {
  const page = await context.newPage();
  await page.goto(surface.url);
  await surface.open?.(page);
  const editor = page.locator(surface.editor).first();
  // "Reply" on Instagram already focused the field with "@user " in it: type after that.
  if (await editor.evaluate((el) => el === document.activeElement)) await page.keyboard.press('End');
  else await editor.click();
  await page.keyboard.type(surface.draft);
  return page;
}

/** The popup about the tab opened just before it (as a toolbar click on that tab would show it). */
async function popupAbout(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const siteTab = await page.evaluate(async () => {
    const own = (await chrome.tabs.getCurrent())?.id ?? Infinity;
    const ids = (await chrome.tabs.query({})).map((tab) => tab.id ?? -1).filter((id) => id >= 0 && id < own);
    return ids.length ? Math.max(...ids) : undefined;
  });
  if (siteTab !== undefined) await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${siteTab}`);
  return page;
}

async function screenshot(page: Page, outDir: string, name: string, shots: string[]): Promise<void> {
  const path = join(outDir, `${name}.png`);
  await page.bringToFront();
  // A tab brought to the front (or resized) may still be painting or fading something in: wait for
  // its running animations and two frames (QA20: the Norwegian options page was caught mid-fade).
  await page.evaluate(async () => {
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  await page.screenshot({ path });
  shots.push(path);
}

async function demo(options: DemoOptions): Promise<void> {
  if (options.build) {
    run('build');
    run('build:playground');
  }
  say(`opening Chromium ${options.headless ? 'headless' : 'with a window'} with Brandline loaded`);
  const offDevice: string[] = [];
  // A fresh profile per run, so every demo starts from the same state; removed on exit.
  const profile = mkdtempSync(join(tmpdir(), 'brandline-demo-'));
  process.once('exit', () => rmSync(profile, { recursive: true, force: true }));
  const context = await launchBrowser({ headless: options.headless, userDataDir: profile, viewport: options.headless ? { width: 1280, height: 860 } : null });
  await routePlayground(context, offDevice);
  const extensionId = await extensionIdOf(context);
  const shots: string[] = [];
  if (options.headless) mkdirSync(options.outDir, { recursive: true });

  const optionsPage = await importSamples(context, extensionId);
  const index = await context.newPage();
  await index.goto(SITES.index);
  if (options.headless) await screenshot(index, options.outDir, 'playground-index', shots);
  for (const surface of SURFACES) {
    const page = await openSurface(context, surface);
    if (!options.headless) continue;
    if (!(await hasBrandlineElement(page))) say(`${surface.name}: no Brandline overlay or chip appeared within 5 s.`);
    await settled(page);
    await screenshot(page, options.outDir, surface.name, shots);
    if ((await expandBrandline(page)) > 0) {
      await page.waitForTimeout(300);
      await screenshot(page, options.outDir, `${surface.name}-open`, shots);
    }
  }
  const sidepanel = await context.newPage();
  await sidepanel.goto(`chrome-extension://${extensionId}/sidepanel.html?${REPORT_QUERY}`);
  // The popup is about the tab it was opened from: an X draft, opened just before it.
  const xTab = await openSurface(context, SURFACES[0]!);
  await settled(xTab);
  const popup = await popupAbout(context, extensionId);

  if (!options.headless) {
    await index.bringToFront();
    say('ready: the playground pages, the side panel and the popup are open in tabs. Close the browser to end the demo.');
    await new Promise<void>((done) => {
      context.on('close', () => done());
      process.once('SIGINT', () => void context.close());
    });
    return;
  }

  await sidepanel.setViewportSize({ width: 420, height: 860 });
  await sidepanel.waitForTimeout(1000);
  await screenshot(sidepanel, options.outDir, 'sidepanel', shots);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.waitForTimeout(500);
  await screenshot(popup, options.outDir, 'popup', shots);
  await screenshot(optionsPage, options.outDir, 'options', shots);
  await context.close();

  // The extension's own UI follows the browser language: the same pages in Norwegian Bokmål.
  const nbProfile = mkdtempSync(join(tmpdir(), 'brandline-demo-nb-'));
  process.once('exit', () => rmSync(nbProfile, { recursive: true, force: true }));
  const nb = await launchBrowser({ headless: true, lang: 'nb', userDataDir: nbProfile });
  await routePlayground(nb, offDevice);
  const nbId = await extensionIdOf(nb);
  // A Norwegian brand: the Bokmål example plan imported, a dark Norwegian reply on X, a Norwegian
  // draft on X and the popup about that tab.
  const nbOptions = await nb.newPage();
  await nbOptions.goto(`chrome-extension://${nbId}/options.html`);
  await importThrough(nbOptions, 'import-plan', [join(ROOT, 'samples/plan.example.nb.json')]);
  await nbOptions.reload();
  const darkNb = await nb.newPage();
  await darkNb.goto(withOptions(SITES.x.reply, { theme: 'dark', lang: 'nb' }));
  await darkNb.locator('[data-testid="tweetTextarea_0"]').click();
  await darkNb.keyboard.type('Takk! Polar Roast kommer i hele bønner fra mandag. Les mer: https://nordlyscoffee.no/polar');
  await settled(darkNb);
  await screenshot(darkNb, options.outDir, 'x-reply-dark-nb', shots);
  const nbSite = await nb.newPage();
  await nbSite.goto(SITES.x.home);
  await nbSite.locator('[data-testid="tweetTextarea_0"]').first().click();
  await nbSite.keyboard.type('Billig kaffe til alle brukere! #kaffe #morgen #tromsø');
  await settled(nbSite);
  const nbPopup = await popupAbout(nb, nbId);
  await nbPopup.setViewportSize({ width: 400, height: 600 });
  await nbPopup.waitForTimeout(500);
  await screenshot(nbPopup, options.outDir, 'popup-nb', shots);
  await nbOptions.setViewportSize({ width: 1280, height: 860 });
  await screenshot(nbOptions, options.outDir, 'options-nb', shots);
  await nb.close();

  if (offDevice.length > 0) say(`blocked ${offDevice.length} request(s) that would have left the device: ${offDevice.join(', ')}`);
  say(`${shots.length} screenshots in ${relative(process.cwd(), options.outDir) || '.'}/:`);
  for (const shot of shots) console.log(`  ${relative(process.cwd(), shot)}`);
}

try {
  const options = parseArgs(process.argv.slice(2));
  if (options) await demo(options);
  else console.log(USAGE);
  process.exit(0);
} catch (error) {
  console.error(`[demo] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
