/**
 * Serves the built playground (playground/dist) at the real sites' URLs inside a browser
 * context, so the extension's content script meets pages made with the sites' own editor
 * frameworks at https://x.com/…, https://www.facebook.com/…, https://www.instagram.com/….
 * Every other http(s) request is recorded and aborted: the tests prove nothing leaves the device.
 * (chrome-extension:// URLs are not routed by Playwright, so the extension's pages load normally.)
 */
import type { BrowserContext, Route } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { SITES, EDITORS, withOptions } from '../../playground/src/urls';

export { SITES, EDITORS, withOptions };
// Also declares window.__playground for page.evaluate callbacks.
export type { PlaygroundApi, Submission } from '../../playground/src/shared/api-types';

export const PLAYGROUND_DIST = resolve(process.env.BRANDLINE_PLAYGROUND_DIR ?? 'playground/dist');

/** Host → the page (one single-page app per site) that answers every path on it. */
const PAGE_OF_HOST: Record<string, string> = {
  'x.com': 'x.html',
  'twitter.com': 'x.html',
  'mobile.x.com': 'x.html',
  'www.facebook.com': 'facebook.html',
  'facebook.com': 'facebook.html',
  'web.facebook.com': 'facebook.html',
  'www.instagram.com': 'instagram.html',
  'instagram.com': 'instagram.html',
  [new URL(SITES.index).host]: 'index.html',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const files = new Map<string, Buffer>();

function readDist(relative: string): Buffer | undefined {
  const path = normalize(join(PLAYGROUND_DIST, relative));
  if (!path.startsWith(PLAYGROUND_DIST)) return undefined;
  let body = files.get(path);
  if (!body && existsSync(path)) {
    body = readFileSync(path);
    files.set(path, body);
  }
  return body;
}

/** Is this URL one the playground answers (so it is not an off-device request)? */
export function isPlaygroundUrl(url: string): boolean {
  try {
    return new URL(url).host in PAGE_OF_HOST;
  } catch {
    return false;
  }
}

async function answer(route: Route, url: URL): Promise<void> {
  const page = PAGE_OF_HOST[url.host]!;
  // Built assets live under /__playground/ (see playground/vite.config.ts); every other path is
  // the site's single-page app, which renders the route from location.pathname.
  const relative = url.pathname.startsWith('/__playground/') ? url.pathname.slice(1) : page;
  const body = readDist(relative);
  if (!body) {
    await route.fulfill({ status: 404, contentType: 'text/plain', body: `Not in the playground: ${url.pathname}` });
    return;
  }
  await route.fulfill({ status: 200, contentType: TYPES[extname(relative)] ?? 'application/octet-stream', body });
}

export async function routePlayground(context: BrowserContext, offDeviceRequests: string[]): Promise<void> {
  if (!existsSync(join(PLAYGROUND_DIST, 'x.html'))) {
    throw new Error(`No built playground at ${PLAYGROUND_DIST}: run \`npm run build:playground\` first.`);
  }
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    // The playground pages load documents, scripts, styles and images only; a fetch/XHR/beacon
    // even to a site's own host would be data leaving the device, so it counts as one.
    const programmatic = ['fetch', 'xhr', 'eventsource', 'websocket', 'ping'].includes(route.request().resourceType());
    if (url.host in PAGE_OF_HOST && !programmatic) {
      await answer(route, url);
      return;
    }
    offDeviceRequests.push(url.href);
    await route.abort('blockedbyclient');
  });
}
