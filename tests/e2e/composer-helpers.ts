/**
 * Helpers shared by the composer e2e specs: reading the editors' own model text in the page's
 * main world, and what Brandline shows in its shadow roots (Playwright's CSS locators pierce open
 * shadow roots).
 */
import type { Locator, Page } from '@playwright/test';
import type { ChannelId, RuleId, Surface } from '@/lib/engine/types';
import { expect } from './fixtures';

export type PanelTag = 'brandline-overlay' | 'brandline-tone-chip';

/** The editor's own model text (Draft.js ContentState, Lexical state, React state). */
export function modelText(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate((editorId) => window.__playground.text(editorId), id);
}

/** The contenteditable or textarea of a playground editor. */
export function editorOf(page: Page, id: string): Locator {
  return page.locator(`[data-playground-editor="${id}"]`).locator('[contenteditable="true"]').or(page.locator(`textarea[data-playground-editor="${id}"]`));
}

/** The Brandline panel (overlay or chip) whose checked text has the given length. */
export function panel(page: Page, tag: PanelTag): Locator {
  return page.locator(tag);
}

/**
 * Rule ids of the findings in a Brandline element's shadow root (present even when collapsed).
 * With `length`, only the element whose last check saw a text of that length (pages can hold
 * several composers).
 */
export async function ruleIds(page: Page, tag: PanelTag, length?: number): Promise<string[]> {
  return page.evaluate(
    ({ tag, length }) => {
      const roots = [...document.querySelectorAll(tag)].map((host) => host.shadowRoot).filter((root) => root !== null);
      const root = length === undefined ? roots[0] : roots.find((r) => r.querySelector(`[data-length="${length}"]`));
      if (!root) return [];
      return [...root.querySelectorAll('[data-rule]')].map((el) => el.getAttribute('data-rule') ?? '');
    },
    { tag, length },
  );
}

/**
 * SPEC §6: the host element itself (not only its shadow content) carries `data-channel` and
 * `data-surface`, as a page script reads them (`document.querySelector(tag).dataset.channel`).
 */
export async function expectHostData(page: Page, tag: PanelTag, expected: { channel: ChannelId; surface: Surface }): Promise<void> {
  const hosts = await page.evaluate(
    (tag) => [...document.querySelectorAll<HTMLElement>(tag)].map((host) => ({ channel: host.dataset.channel, surface: host.dataset.surface })),
    tag,
  );
  expect(hosts.length).toBeGreaterThan(0);
  expect(hosts).toEqual(hosts.map(() => expected));
}

/** Waits until a panel has checked a text of `length` characters (UTF-16), then returns its rule ids. */
export async function rulesAfterCheck(page: Page, tag: PanelTag, length: number): Promise<string[]> {
  await expect(page.locator(`${tag} [data-length="${length}"]`)).toHaveCount(1);
  return ruleIds(page, tag, length);
}

/** Types like a user: real key events, one character at a time. */
export async function typeText(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.type(text, { delay: 5 });
}

/**
 * Opens the closed panel or chip with a click, as a user does, and waits until it is open before
 * anything inside is read. A full run once read the chip's lists while it was still closed; the
 * cause was not found (a probe saw the chip keep its place from the first frame), so a click that
 * did not open it is made again, as a user would.
 */
export async function openPanel(page: Page, tag: PanelTag): Promise<void> {
  await expect(async () => {
    const closed = page.locator(`${tag} button[aria-expanded="false"]`);
    if (await closed.count()) await closed.first().click({ timeout: 2000 });
    await expect(page.locator(`${tag} button[aria-expanded="true"]`)).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 10000 });
}

/** Clicks the fix button of a rule inside the panel (expanding it first when collapsed). */
export async function applyFixFor(page: Page, tag: PanelTag, ruleId: string): Promise<void> {
  const toggle = page.locator(`${tag} button[aria-expanded="false"]`).first();
  if (await toggle.count()) await toggle.click();
  await page.locator(`${tag} [data-fix-for="${ruleId}"]`).first().click();
}

/** The fix the panel offers for a rule, as its button carries it (data-fix-start/end/text). */
export async function offeredFix(page: Page, tag: PanelTag, ruleId: string): Promise<{ start: number; end: number; text: string }> {
  const button = page.locator(`${tag} [data-fix-for="${ruleId}"]`).first();
  const [start, end, text] = await Promise.all(['data-fix-start', 'data-fix-end', 'data-fix-text'].map((name) => button.getAttribute(name)));
  return { start: Number(start), end: Number(end), text: text ?? '' };
}

/** The last text a site's Post / Reply button sent. */
export async function lastSubmitted(page: Page): Promise<{ id: string; text: string; replyingTo?: string } | undefined> {
  return page.evaluate(() => window.__playground.submitted().at(-1));
}

const UTM = (channel: ChannelId) => `utm_source=${channel}&utm_medium=social&utm_campaign=winter-2027`;

/**
 * A draft for every type of fix the example plan offers, and the text the editor must hold after
 * the fix (written out by hand from the plan: an independent check of what the engine offers).
 */
export interface FixCase {
  ruleId: RuleId;
  draft: string;
  fixed: (channel: ChannelId) => string;
  surfaces: Surface[];
  /** Only where the example plan has the rule's setting (banned/required hashtags); every channel when absent. */
  channels?: ChannelId[];
}

export const FIX_CASES: FixCase[] = [
  { ruleId: 'terms.banned', draft: 'A cheap cup for the road', fixed: () => 'A good value cup for the road', surfaces: ['post', 'comment'] },
  { ruleId: 'terms.preferred', draft: 'Users love the new blend', fixed: () => 'Coffee lovers love the new blend', surfaces: ['post', 'comment'] },
  { ruleId: 'terms.spelling', draft: 'Fresh from nordlys coffee today', fixed: () => 'Fresh from Nordlys Coffee today', surfaces: ['post', 'comment'] },
  {
    ruleId: 'link.utm',
    draft: 'Read more at https://nordlyscoffee.no/winter.',
    fixed: (channel) => `Read more at https://nordlyscoffee.no/winter?${UTM(channel)}.`,
    surfaces: ['post'],
  },
  // A removal: the banned hashtag goes with the space before it (Draft.js: a delete, no insertion).
  { ruleId: 'hashtags.banned', draft: 'Fresh roast #cheapcoffee today', fixed: () => 'Fresh roast today', surfaces: ['post'], channels: ['x'] },
  { ruleId: 'hashtags.banned', draft: 'Fresh roast #cheapcoffee', fixed: () => 'Fresh roast', surfaces: ['post'], channels: ['x'] },
  // An append at the end of the text.
  { ruleId: 'hashtags.required', draft: 'Winter roast is back', fixed: () => 'Winter roast is back #NordlysCoffee', surfaces: ['post'], channels: ['instagram'] },
];

/** The fix cases that apply to a channel's surface. */
export function fixCasesFor(channel: ChannelId, surface: Surface): FixCase[] {
  return FIX_CASES.filter((c) => c.surfaces.includes(surface) && (c.channels?.includes(channel) ?? true));
}
