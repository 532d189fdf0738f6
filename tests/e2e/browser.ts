/**
 * Launches Debian's Chromium with the built Brandline extension loaded. Shared by the e2e
 * fixtures, the demo and the page benchmark so all three run the product the same way.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(process.env.BRANDLINE_EXTENSION_DIR ?? '.output/chrome-mv3');

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(candidate)) return candidate;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium not found. Install Debian\'s `chromium` package (apt-get install chromium) or set CHROMIUM_PATH.');
  }
}

export interface LaunchOptions {
  headless?: boolean;
  /** Browser UI language, e.g. 'nb' to see the Norwegian UI. */
  lang?: string;
  /** Load the extension (false: the same browser without Brandline, for comparisons). */
  withExtension?: boolean;
  userDataDir?: string;
  viewport?: { width: number; height: number } | null;
  colorScheme?: 'light' | 'dark';
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserContext> {
  const withExtension = options.withExtension ?? true;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const dir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'brandline-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,MediaRouter,OptimizationHints',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  if (options.lang) args.push(`--lang=${options.lang}`);
  if (options.userDataDir === undefined) ownProfiles.add(dir);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args,
    locale: options.lang,
    viewport: options.viewport === undefined ? { width: 1280, height: 860 } : options.viewport,
    colorScheme: options.colorScheme,
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  // A profile made here is removed with its browser: thousands of test runs must not fill /tmp.
  if (options.userDataDir === undefined) context.on('close', () => removeProfile(dir, 0));
  return context;
}

/**
 * Profiles made by launchBrowser, removed once more when the process exits: Chromium writes "Local
 * State" and "Preferences" as it shuts down, which can bring a removed profile back (88 kB each,
 * found left in /tmp after runs).
 */
const ownProfiles = new Set<string>();
const tryRemove = (dir: string): boolean => {
  try {
    rmSync(dir, { recursive: true, force: true });
    return true;
  } catch {
    return false;
  }
};
process.once('exit', () => {
  for (const dir of ownProfiles) tryRemove(dir);
});

/** Chromium may still be writing as the context closes: a few tries, a moment apart, then at exit. */
function removeProfile(dir: string, attempt: number): void {
  if (tryRemove(dir) || attempt >= 5) return;
  setTimeout(() => removeProfile(dir, attempt + 1), 200 * (attempt + 1)).unref();
}

/** The extension id is the host of the background service worker's URL. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return new URL(worker.url()).host;
}
