/**
 * The whole chain in a real Chromium with the built extension: the content script starts on
 * each site (served at the real URLs), the extension's pages open, and the background worker
 * answers typed messages and refuses malformed ones.
 */
import { expect, test } from './fixtures';
import { SITES } from './sites';

/** The one extension API the test calls from an extension page's main world. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const SITE_PAGES = [
  { url: SITES.x.home, channel: 'x' },
  { url: SITES.x.twitterHome, channel: 'x' },
  { url: SITES.x.reply, channel: 'x' },
  { url: SITES.facebook.home, channel: 'facebook' },
  { url: SITES.instagram.post, channel: 'instagram' },
  { url: SITES.instagram.create, channel: 'instagram' },
];

test('the content script starts on each site and marks the channel on <html>', async ({ context, offDeviceRequests }) => {
  const page = await context.newPage();
  for (const { url, channel } of SITE_PAGES) {
    await page.goto(url);
    await expect(page.locator('html'), url).toHaveAttribute('data-brandline-channel', channel);
  }
  expect(offDeviceRequests).toEqual([]);
});

test('the content script does not run on other hosts', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.index);
  await expect(page.locator('h1')).toHaveText('Brandline playground');
  // Give a wrongly matched content script the time it would need to start.
  await page.waitForTimeout(500);
  await expect(page.locator('html')).not.toHaveAttribute('data-brandline-channel');
});

for (const path of ['popup.html', 'sidepanel.html', 'options.html']) {
  test(`${path} opens and renders without errors`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await expect(page.locator('body')).not.toBeEmpty();
    await expect.poll(() => page.evaluate(() => document.body.innerText.trim().length)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
}

test('the background answers a typed ping and refuses malformed messages', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('popup.html');
  const send = (message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

  expect(await send({ brandline: 1, type: 'ping', payload: {} })).toEqual({
    ok: true,
    value: { name: 'brandline', version: expect.stringMatching(/^\d+\.\d+\.\d+/) },
  });
  expect(await send({ brandline: 1, type: 'ping', payload: 42 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  expect(await send({ brandline: 1, type: 'no.such.message', payload: {} })).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
  expect(await send({ type: 'ping' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
});
