/**
 * What a screen reader is given, read from Chromium's own accessibility tree (CDP
 * Accessibility.queryAXTree through the shadow roots), not from DOM attributes: the names,
 * descriptions and live regions of the composer panel and the tone chip. No screen reader runs
 * here; this is the tree every one of them reads on Chromium.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { editorOf, openPanel, rulesAfterCheck, typeText, type PanelTag } from './composer-helpers';
import { expect, test } from './fixtures';
import { EDITORS, SITES } from './sites';

interface AXNode {
  role: string;
  name: string;
  description: string;
  live?: string;
}

/** The accessible nodes inside Brandline's host element, in tree order, without text runs. */
async function axNodes(context: BrowserContext, page: Page, tag: PanelTag): Promise<AXNode[]> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: tag });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId });
    return nodes
      .filter((n) => !n.ignored && !['StaticText', 'InlineTextBox', 'generic'].includes(String(n.role?.value)))
      .map((n) => ({
        role: String(n.role?.value ?? ''),
        name: String(n.name?.value ?? ''),
        description: String(n.description?.value ?? ''),
        live: n.properties?.find((p) => p.name === 'live')?.value.value as string | undefined,
      }));
  } finally {
    await cdp.detach();
  }
}

test('the X composer panel: a named region, each Fix named by what it does and described by its own finding, the fix announced', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.home);
  const draft = 'Our cheap polar roast #cheapcoffee';
  await typeText(page, editorOf(page, EDITORS.x.post), draft);
  await rulesAfterCheck(page, 'brandline-overlay', draft.length);
  await openPanel(page, 'brandline-overlay');

  const nodes = await axNodes(context, page, 'brandline-overlay');
  expect(nodes.find((n) => n.role === 'region')?.name).toBe('Brandline');
  expect(nodes.find((n) => n.role === 'button' && n.name.startsWith('Brandline'))?.name).toMatch(/^Brandline ?: 2 must fix, 1 should fix$/);
  const fixes = nodes.filter((n) => n.role === 'button' && n.name.startsWith('Fix:'));
  expect(fixes.map((n) => [n.name, n.description])).toEqual([
    ['Fix: Replace with “good value”', 'Avoid "cheap". We sell on quality, not price. Say "good value".'],
    ['Fix: Remove it', '#cheapcoffee is banned by the plan.'],
    ['Fix: Replace with “Polar Roast”', 'Write "Polar Roast", not "polar roast".'],
  ]);
  expect(nodes.filter((n) => n.role === 'heading').map((n) => n.name)).toEqual(['MUST FIX', 'SHOULD FIX']);
  const status = () => axNodes(context, page, 'brandline-overlay').then((all) => all.find((n) => n.role === 'status'));
  expect((await status())?.live).toBe('polite');

  await page.locator('brandline-overlay [data-fix-for="hashtags.banned"]').click();
  await expect.poll(async () => (await axNodes(context, page, 'brandline-overlay')).filter((n) => n.role === 'button' && n.name.startsWith('Fix:')).length).toBe(2);
  // What the polite live region then holds is what the screen reader says: the change, then the new count.
  await expect.poll(() => page.locator('brandline-overlay [data-announce]').textContent()).toMatch(/#cheapcoffee.*1 must fix, 1 should fix/);
});

test('the tone chip on a reply to a complaint: its name gives the tone, the findings say their level', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.x.complaint);
  const draft = 'WHAT A STUPID QUESTION from nordlys coffee, cheap beans';
  await typeText(page, editorOf(page, EDITORS.x.reply), draft);
  await rulesAfterCheck(page, 'brandline-tone-chip', draft.length);
  const closed = await axNodes(context, page, 'brandline-tone-chip');
  const chip = closed.find((n) => n.role === 'button');
  // Must-fix and should-fix counts, as the face's badges show them (QA39 L5).
  expect(chip?.name).toBe('Hostile: the tone of your reply. Answering a complaint. 2 must fix, 3 should fix. Open hints');
  await openPanel(page, 'brandline-tone-chip');
  const nodes = await axNodes(context, page, 'brandline-tone-chip');
  const items = nodes.filter((n) => n.role === 'listitem').map((n) => n.name);
  expect(items.length).toBeGreaterThan(0);
  const fixes = nodes.filter((n) => n.role === 'button' && n.name.startsWith('Fix:'));
  expect(fixes.length).toBeGreaterThanOrEqual(2);
  for (const fix of fixes) expect(fix.description, fix.name).toMatch(/^(Must fix|Should fix|Note): /);
  expect(new Set(fixes.map((n) => n.description)).size).toBe(fixes.length);
});
