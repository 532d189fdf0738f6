/**
 * The overlay and the tone chip on each site, expanded, in light and dark themes: each must be
 * visible, inside the viewport and clear of the site's Post/Reply button. The screenshots go to the
 * test output, and to docs/ when BRANDLINE_SCREENSHOTS=docs (the pictures the README shows).
 */
import type { Locator, Page } from '@playwright/test';
import { resolve } from 'node:path';
import { editorOf, rulesAfterCheck, typeText, type PanelTag } from './composer-helpers';
import { expect, test } from './fixtures';
import { EDITORS, SITES, withOptions } from './sites';

interface Shot {
  name: string;
  url: string;
  editor: string;
  tag: PanelTag;
  draft: string;
  /** The site's own submit control, which Brandline must not cover. */
  button: string;
  before?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: 'overlay-x', url: SITES.x.home, editor: EDITORS.x.post, tag: 'brandline-overlay', button: '[data-testid="tweetButtonInline"]', draft: 'Our cheap Winter Roast is back for all users! Order at https://nordlyscoffee.no/winter #coffee #winter #roast' },
  { name: 'overlay-x-dark', url: withOptions(SITES.x.home, { theme: 'dark' }), editor: EDITORS.x.post, tag: 'brandline-overlay', button: '[data-testid="tweetButtonInline"]', draft: 'nordlys coffee: the cheap treat of the season ☕☕☕ #a #b #c' },
  { name: 'overlay-facebook', url: SITES.facebook.compose, editor: EDITORS.facebook.post, tag: 'brandline-overlay', button: '[role="dialog"] .fb-primary-button', draft: 'Polar Roast is here for all users. Read more at https://nordlyscoffee.no/polar' },
  { name: 'overlay-instagram', url: SITES.instagram.create, editor: EDITORS.instagram.caption, tag: 'brandline-overlay', button: '.ig-share', draft: 'Polar roast season ☕ https://nordlyscoffee.no/polar #coffee #winter #roast #oslo #bergen #fjord' },
  { name: 'chip-x', url: SITES.x.complaint, editor: EDITORS.x.reply, tag: 'brandline-tone-chip', button: '[data-testid="tweetButtonInline"]', draft: 'Calm down, obviously you broke it yourself.' },
  { name: 'chip-facebook', url: SITES.facebook.home, editor: EDITORS.facebook.commentOnComplaint, tag: 'brandline-tone-chip', button: '.fb-send >> nth=1', draft: "We're so sorry to hear this" },
  {
    name: 'chip-instagram',
    url: SITES.instagram.post,
    editor: EDITORS.instagram.comment,
    tag: 'brandline-tone-chip',
    button: '.ig-post-button',
    draft: 'WE ARE ON IT!!!',
    before: async (page) => page.locator('li', { hasText: 'Still waiting for a refund' }).getByRole('button').click(),
  },
];

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box, 'element is laid out').toBeTruthy();
  return box!;
}

for (const shot of SHOTS) {
  test(`${shot.name}: expanded, visible, clear of the site's button`, async ({ context }, testInfo) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(shot.url);
    await shot.before?.(page);
    await typeText(page, editorOf(page, shot.editor), shot.draft);
    const existing = shot.before ? (await editorOf(page, shot.editor).inputValue().catch(() => '')).length - shot.draft.length : 0;
    await rulesAfterCheck(page, shot.tag, shot.draft.length + Math.max(0, existing));
    await page.locator(`${shot.tag} button[aria-expanded="false"]`).first().click();
    const panel = page.locator(shot.tag).locator('.panel, .chip').first();
    await expect(panel).toBeVisible();
    // Placement follows an expansion in the next animation frame (batched per controller): on a
    // busy machine the first box read can still be the collapsed chip's spot, so wait for it.
    const button = page.locator(shot.button).first();
    await expect.poll(async () => overlaps(await boxOf(panel), await boxOf(button))).toBe(false);
    const box = await boxOf(panel);
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    const path = process.env.BRANDLINE_SCREENSHOTS === 'docs' ? resolve('docs', `${shot.name}.png`) : testInfo.outputPath(`${shot.name}.png`);
    await page.screenshot({ path });
  });
}
