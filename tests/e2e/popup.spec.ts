/**
 * The toolbar popup as the companion while posting. The test opens popup.html in a tab with
 * `?tab=<id>` pointing it at the tab it is about (a real popup uses the active tab).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { editorOf, typeText } from './composer-helpers';
import { expect, test } from './fixtures';
import { EDITORS, SITES } from './sites';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number } | undefined> };
};

/**
 * The id of the tab opened just before `helper`. Brandline has no `tabs` permission, so tab
 * URLs are hidden from it; tab ids grow as tabs open, so the site's tab is the newest one older
 * than the helper's own.
 */
async function previousTabId(helper: Page): Promise<number> {
  const id = await helper.evaluate(async () => {
    const own = (await chrome.tabs.getCurrent())?.id ?? Infinity;
    const ids = (await chrome.tabs.query({})).map((tab) => tab.id ?? -1).filter((tabId) => tabId >= 0 && tabId < own);
    return ids.length ? Math.max(...ids) : -1;
  });
  expect(id).toBeGreaterThanOrEqual(0);
  return id;
}

/** Opens `url` in a tab, then the popup about that tab. */
async function popupFor(context: BrowserContext, extensionId: string, url: string): Promise<{ site: Page; popup: Page }> {
  const site = await context.newPage();
  await site.goto(url);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await previousTabId(popup);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return { site, popup };
}

async function ask<T>(page: Page, type: string, payload: object = {}): Promise<T> {
  const reply = (await page.evaluate(([type, payload]) => chrome.runtime.sendMessage({ brandline: 1, type, payload }), [type, payload] as const)) as { ok: boolean; value: T };
  expect(reply.ok).toBe(true);
  return reply.value;
}

test('on a tab that is not a social site: plan reference and UTM builder still work', async ({ context, extensionId }) => {
  const { popup } = await popupFor(context, extensionId, SITES.index);
  await expect(popup.getByTestId('tab-channel')).toHaveText('Not a social site');
  await expect(popup.getByText('Open X, Facebook or Instagram')).toBeVisible();
  // The example plan until one is imported.
  await expect(popup.locator('#glance-heading')).toHaveText('Nordlys Coffee on X');
  await popup.locator('#popup-channel').selectOption('instagram');
  await expect(popup.getByRole('list', { name: 'Required hashtags' })).toHaveText('#NordlysCoffee');
  await expect(popup.getByRole('list', { name: 'Never write' })).toContainText('cheap → good value');
});

const UTM_CASES = [
  { channel: 'x', url: 'https://nordlyscoffee.no/shop?ref=bio#beans', expected: 'https://nordlyscoffee.no/shop?ref=bio&utm_source=x&utm_medium=social&utm_campaign=winter-2027#beans' },
  { channel: 'facebook', url: 'https://www.nordlyscoffee.no/?utm_source=newsletter', expected: 'https://www.nordlyscoffee.no/?utm_source=facebook&utm_medium=social&utm_campaign=winter-2027' },
  { channel: 'instagram', url: 'nordlyscoffee.no/winter', expected: 'nordlyscoffee.no/winter?utm_source=instagram&utm_medium=social&utm_campaign=winter-2027' },
  // A pasted link with a space in it comes out as one link that survives being pasted.
  { channel: 'x', url: ' https://www.nordlyscoffee.no/a b ', expected: 'https://www.nordlyscoffee.no/a%20b?utm_source=x&utm_medium=social&utm_campaign=winter-2027' },
  // Sentence punctuation copied with the link is left out; a mailto: link is not tagged.
  { channel: 'x', url: 'nordlyscoffee.no/winter.', expected: 'nordlyscoffee.no/winter?utm_source=x&utm_medium=social&utm_campaign=winter-2027' },
  // A host with a port is a web link; a closing bracket it did not open is sentence punctuation.
  { channel: 'x', url: 'nordlyscoffee.no:8080/shop).', expected: 'nordlyscoffee.no:8080/shop?utm_source=x&utm_medium=social&utm_campaign=winter-2027' },
  { channel: 'x', url: 'mailto:hei@nordlyscoffee.no', expected: 'mailto:hei@nordlyscoffee.no' },
];

test('the UTM builder tags links with the plan values of the channel', async ({ context, extensionId }) => {
  const { popup } = await popupFor(context, extensionId, SITES.index);
  for (const { channel, url, expected } of UTM_CASES) {
    await popup.locator('#popup-channel').selectOption(channel);
    await popup.getByLabel('Link', { exact: true }).fill(url);
    await expect(popup.getByLabel('Tagged link')).toHaveValue(expected);
  }
  await expect(popup.getByText('Not a web link')).toBeVisible();
  // A value the link already had and the tagging changes is said.
  await popup.locator('#popup-channel').selectOption('facebook');
  await popup.getByLabel('Link', { exact: true }).fill('https://www.nordlyscoffee.no/?utm_source=newsletter');
  await expect(popup.locator('[data-utm-replaced]')).toHaveText('Replaced: utm_source newsletter → facebook.');
});

test('on an X tab: shows the channel and the live findings of the draft', async ({ context, extensionId }) => {
  const { site, popup } = await popupFor(context, extensionId, SITES.x.home);
  await expect(popup.getByTestId('tab-channel')).toHaveText('This tab: X');
  await expect(popup.locator('#glance-heading')).toHaveText('Nordlys Coffee on X');
  await expect(popup.getByRole('list', { name: 'Limits' }).locator('li')).toHaveText(['280 characters', 'at most 2 hashtags', 'at most 2 mentions', 'at most 2 emoji']);
  await expect(popup.getByRole('list', { name: 'Writing for' }).locator('li')).toHaveText(['Office managers']);

  await typeText(site, editorOf(site, EDITORS.x.post), 'Our cheap coffee');
  await expect(popup.locator('.bl-findings [data-rule="terms.banned"]')).toBeVisible();
  await expect(popup.locator('.bl-findings [data-rule="hashtags.max"]')).toHaveCount(0);
  // The popup follows the typing without being reopened.
  await typeText(site, editorOf(site, EDITORS.x.post), ' #a #b #c');
  await expect(popup.locator('.bl-findings [data-rule="hashtags.max"]')).toBeVisible();
});

test('says which box the findings are for when the page has several (QA38 M1)', async ({ context, extensionId }) => {
  const { site, popup } = await popupFor(context, extensionId, SITES.x.home);
  await typeText(site, editorOf(site, EDITORS.x.post), 'Our cheap coffee');
  await expect(popup.locator('.bl-findings [data-rule="terms.banned"]')).toBeVisible();
  await expect(popup.locator('[data-draft-surface]')).toHaveText('The post you are writing');
  // Two comment boxes used on a Facebook page: the findings are the last one's, and the popup says so.
  const facebook = await popupFor(context, extensionId, SITES.facebook.home);
  await typeText(facebook.site, editorOf(facebook.site, EDITORS.facebook.commentOnComplaint), 'So sorry about that');
  await typeText(facebook.site, editorOf(facebook.site, EDITORS.facebook.commentOnBrandPost), 'Our cheap coffee');
  await expect(facebook.popup.locator('.bl-findings [data-rule="terms.banned"]')).toBeVisible();
  await expect(facebook.popup.locator('[data-draft-surface]')).toHaveText('The comment or reply you are writing · the box last used, of 2 on this page');
});

test('a channel whose checks the plan turns off says so, not "No findings" (QA38 M2)', async ({ context, extensionId }) => {
  const plan = JSON.parse(readFileSync('samples/plan.example.json', 'utf8')) as { id: string; name: string; channels: { x: { enabled: boolean } } };
  plan.id = 'popup-x-off';
  plan.name = 'X off';
  plan.channels.x.enabled = false;
  const { site, popup } = await popupFor(context, extensionId, SITES.x.home);
  await ask(popup, 'plans.import', { text: JSON.stringify(plan) });
  await typeText(site, editorOf(site, EDITORS.x.post), 'Our cheap coffee');
  await expect(popup.locator('[data-checks-off="x"]')).toHaveText('The plan turns the checks for X off: drafts here are not checked. Turn them on under Plans and data.');
  await expect(popup.locator('[data-draft-clean]')).toHaveCount(0);
  // Said once, not again in the plan card (review 37 L3); the plan card says it for another tab's X.
  await expect(popup.getByText(/checks for X off|Checks are turned off for X/)).toHaveCount(1);
});

test('in an X thread: says which post it shows, and what the whole thread lacks', async ({ context, extensionId }) => {
  const plan = JSON.parse(readFileSync('samples/plan.example.json', 'utf8')) as { id: string; name: string; channels: { x: { hashtags: { required: string[] } } } };
  plan.id = 'popup-thread';
  plan.name = 'Thread plan';
  plan.channels.x.hashtags.required = ['#NordlysKaffe'];
  const { site, popup } = await popupFor(context, extensionId, SITES.x.compose);
  await ask(popup, 'plans.import', { text: JSON.stringify(plan) });
  await expect(popup.locator('#glance-heading')).toHaveText('Thread plan on X');
  await typeText(site, editorOf(site, EDITORS.x.dialog), 'Winter Roast is back');
  await expect(popup.locator('.bl-findings [data-rule="hashtags.required"]')).toBeVisible();
  await site.locator('[role="dialog"] [data-testid="addButton"]').click();
  await site.keyboard.type('So cheap this week', { delay: 2 });
  await expect(popup.locator('[data-thread-post="2"]')).toHaveText('Post 2 of 2 in a thread');
  // The page behind the dialog has the home composer too: two boxes, the thread counted as one, not
  // three (review 37 L2).
  await expect(popup.locator('[data-draft-surface]')).toHaveText('The post you are writing · the box last used, of 2 on this page');
  // The post's own finding, then the thread's: the required hashtag is said by the opening post.
  await expect(popup.getByRole('list', { name: '1 finding' }).locator('[data-rule]')).toHaveText([/cheap/]);
  await expect(popup.getByRole('list', { name: 'The whole thread' }).locator('[data-rule="hashtags.required"]')).toContainText('#NordlysKaffe');
});

test('a count typed in the quick log stays when the popup\'s channel is changed, and the log follows the channel (QA38)', async ({ context, extensionId }) => {
  const { popup } = await popupFor(context, extensionId, SITES.instagram.post);
  await popup.locator('#log-followers').fill('10450');
  await popup.locator('#popup-channel').selectOption('facebook');
  await expect(popup.locator('#glance-heading')).toHaveText('Nordlys Coffee on Facebook');
  await expect(popup.locator('#log-channel')).toHaveValue('facebook');
  await expect(popup.locator('#log-followers')).toHaveValue('10450');
});

test('quick logging stores a follower count and a campaign day', async ({ context, extensionId }) => {
  const { popup } = await popupFor(context, extensionId, SITES.instagram.post);
  await expect(popup.getByTestId('tab-channel')).toHaveText('This tab: Instagram');
  // A count with decimals is refused ("10.450" is how a Norwegian writes 10 450).
  await popup.getByLabel('Followers', { exact: true }).last().fill('10.45');
  await popup.getByRole('button', { name: 'Log followers' }).click();
  await expect(popup.locator('#log-followers-error')).toHaveText('Enter a whole number of 0 or more, without decimals (2700; 2,700 could mean either).');
  await popup.getByLabel('Followers', { exact: true }).last().fill('10450');
  // The example world is in 2027: a day after today is logged only when asked twice.
  await popup.getByLabel('Date').fill('2027-01-20');
  await popup.getByRole('button', { name: 'Log followers' }).click();
  await expect(popup.locator('#log-date-error')).toContainText('is in the future. Check the date, or log again to keep it.');
  expect(await ask(popup, 'metrics.summary')).toMatchObject({ snapshots: 0 });
  // The popup is as high as the browser lets it be (600 px), its log form below the fold: the
  // confirmation is said where the user is (QA38 M3).
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.getByRole('button', { name: 'Log followers' }).scrollIntoViewIfNeeded();
  await popup.getByRole('button', { name: 'Log followers' }).click();
  await expect(popup.getByRole('status')).toContainText('Logged 10,450 followers on Instagram');
  await expect(popup.getByRole('status').locator('.bl-notice')).toBeInViewport({ ratio: 1 });
  await expect(popup.getByRole('button', { name: 'Log followers' })).toBeInViewport();

  await popup.getByRole('radio', { name: 'Campaign day' }).check();
  await expect(popup.getByLabel('Campaign', { exact: true })).toHaveValue('winter-2027');
  // The campaign's name has the whole row (a grid cell cut it to "Winter ble…"; QA22), and says its channel.
  expect((await popup.getByLabel('Campaign', { exact: true }).boundingBox())!.width).toBeGreaterThan(300);
  await expect(popup.getByLabel('Campaign', { exact: true }).locator('option:checked')).toHaveText('Winter blend launch · Instagram');
  // Amounts in the campaign's currency, said beside them (QA23).
  await expect(popup.locator('label[for="log-spend"]')).toHaveText('Spend (NOK)');
  await popup.getByLabel('Spend').fill('450');
  await popup.getByLabel('Clicks').fill('120');
  await popup.getByLabel('Date').fill('2027-01-20');
  // The same future day was confirmed a moment ago.
  await popup.getByRole('button', { name: 'Log campaign day' }).click();
  // Named as the plan and the side panel name it.
  await expect(popup.getByRole('status')).toContainText('Logged NOK 450.00 spend for Winter blend launch');
  expect(await ask(popup, 'metrics.summary')).toMatchObject({ snapshots: 1, campaignResults: 1 });
  // The same day again with the clicks left empty: the spend is updated, the clicks kept, and it says so.
  await popup.getByLabel('Spend').fill('500');
  await popup.getByLabel('Clicks').fill('');
  await popup.getByRole('button', { name: 'Log campaign day' }).click();
  await expect(popup.getByRole('status')).toContainText('Updated Winter blend launch for');
  await expect(popup.getByRole('status')).toContainText('Fields left empty kept what was stored for that day.');
  const day = await ask<{ kpis: Record<string, number> }>(popup, 'kpi.snapshot', { from: '2027-01-20', to: '2027-01-20', channel: 'all' });
  expect(day.kpis.spend).toBe(500);
  // Cost per click: the new spend over the clicks logged before.
  expect(day.kpis.cpc).toBeCloseTo(500 / 120, 6);
  // A decimal comma is decimals, even in an English browser (a number input dropped it: 45 075);
  // "1,500" could be either, and is asked about.
  await popup.getByLabel('Spend').fill('1,500');
  await popup.getByRole('button', { name: 'Log campaign day' }).click();
  await expect(popup.locator('#log-spend-error')).toContainText('1,500 could mean either');
  await popup.getByLabel('Spend').fill('450,75');
  await popup.getByRole('button', { name: 'Log campaign day' }).click();
  await expect(popup.getByRole('status')).toContainText('Updated Winter blend launch for');
  expect((await ask<{ kpis: Record<string, number> }>(popup, 'kpi.snapshot', { from: '2027-01-20', to: '2027-01-20', channel: 'all' })).kpis.spend).toBe(450.75);
  // A day's spend above the campaign's whole budget is asked about once.
  await popup.getByLabel('Spend').fill('45075');
  await popup.getByRole('button', { name: 'Log campaign day' }).click();
  await expect(popup.locator('#log-spend-error')).toHaveText("NOK 45,075.00 in one day is more than the campaign's whole budget (NOK 30,000.00). Check the number, or log again to keep it.");
  expect((await ask<{ kpis: Record<string, number> }>(popup, 'kpi.snapshot', { from: '2027-01-20', to: '2027-01-20', channel: 'all' })).kpis.spend).toBe(450.75);
  // So is the day that takes the campaign past its budget with what its other days spent (rev24).
  // (A day before today: a future one is asked about first.)
  await popup.getByLabel('Date').fill('2026-11-20');
  await popup.getByLabel('Spend').fill('29600');
  await popup.getByRole('button', { name: 'Log campaign day' }).click();
  // A day outside the campaign's dates is asked about first: it would never count in pacing (QA29).
  await expect(popup.locator('#log-date-error')).toHaveText('Winter blend launch runs Jan 5 – Feb 28, 2027: Nov 20, 2026 is outside it, so this spend would count in Spend and ROI but not in the campaign’s budget pacing. Check the date, or log it again to keep it.');
  expect(await ask(popup, 'metrics.summary')).toMatchObject({ campaignResults: 1 });
  await popup.getByRole('button', { name: 'Log campaign day' }).click();
  await expect(popup.locator('#log-spend-error')).toHaveText('With NOK 29,600.00 on this day the campaign passes its budget: NOK 30,050.75 of NOK 30,000.00 spent. Check the number, or log again to keep it.');
  expect(await ask(popup, 'metrics.summary')).toMatchObject({ campaignResults: 1 });
  await popup.getByRole('button', { name: 'Log campaign day' }).click();
  await expect(popup.getByRole('status')).toContainText('Logged NOK 29,600.00 spend for Winter blend launch');
  expect(await ask(popup, 'metrics.summary')).toMatchObject({ campaignResults: 2 });
  await popup.getByLabel('Spend').fill('450,75');

  const snapshot = await ask<{ kpis: Record<string, number> }>(popup, 'kpi.snapshot', { from: '2027-01-01', to: '2027-01-31', channel: 'instagram' });
  expect(snapshot.kpis.followers).toBe(10450);

  // A follower count a digit too long is asked about once: it is far from the nearest stored count.
  await popup.getByRole('radio', { name: 'Followers' }).check();
  await popup.getByLabel('Followers', { exact: true }).last().fill('104500');
  await popup.getByLabel('Date').fill('2026-11-01');
  await popup.getByRole('button', { name: 'Log followers' }).click();
  await expect(popup.locator('#log-followers-error')).toHaveText('104,500 is far from the 10,450 followers logged for Jan 20, 2027. Check the number, or log again to keep it.');
  // Said, not only shown, and the field takes the focus (QA24).
  await expect(popup.locator('form [role=alert]')).toHaveText('104,500 is far from the 10,450 followers logged for Jan 20, 2027. Check the number, or log again to keep it.');
  await expect(popup.locator('#log-followers')).toBeFocused();
  expect(await ask(popup, 'metrics.summary')).toMatchObject({ snapshots: 1 });
  await popup.getByRole('button', { name: 'Log followers' }).click();
  await expect(popup.getByRole('status')).toContainText('Logged 104,500 followers on Instagram');
  expect(await ask(popup, 'metrics.summary')).toMatchObject({ snapshots: 2 });

  // An empty count is refused next to the field, and nothing is stored.
  await popup.getByLabel('Followers', { exact: true }).last().fill('');
  await popup.getByRole('button', { name: 'Log followers' }).click();
  await expect(popup.locator('#log-followers-error')).toHaveText('Enter a whole number of 0 or more, without decimals (2700; 2,700 could mean either).');
  // The last success is not left standing above the refused try.
  await expect(popup.locator('[role=status]')).not.toContainText('Logged');
  expect(await ask(popup, 'metrics.summary')).toMatchObject({ snapshots: 2 });
});

test('the side panel button opens the KPI side panel', async ({ openExtensionPage }) => {
  const observer = await openExtensionPage('options.html');
  const sidePanels = () =>
    observer.evaluate(async () => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> } } }).chrome.runtime;
      // A side panel still loading reports an empty documentUrl: read it as not there yet (the poll retries).
      return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => new URL(c.documentUrl || 'about:blank').pathname);
    });
  expect(await sidePanels()).toEqual([]);
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Open KPI panel' }).click();
  await expect.poll(sidePanels).toEqual(['/sidepanel.html']);
});

function twoCampaignPlan() {
  const plan = JSON.parse(readFileSync('samples/plan.example.json', 'utf8')) as { id: string; name: string; campaigns: Record<string, unknown>[] };
  plan.id = 'rev37-two-campaigns';
  plan.name = 'Two campaigns';
  const base = plan.campaigns[0]!;
  plan.campaigns = [
    { ...base, id: 'ig-now', name: 'IG now', channel: 'instagram', start: '2026-01-01', end: '2027-12-31', currency: 'NOK' },
    { ...base, id: 'fb-now', name: 'FB now', channel: 'facebook', start: '2026-01-01', end: '2027-12-31', currency: 'EUR' },
  ];
  return plan;
}

test('a channel or campaign chosen in the quick log itself is not overwritten when the popup\'s channel changes (review 37 M4)', async ({ context, extensionId }) => {
  const { popup } = await popupFor(context, extensionId, SITES.instagram.post);
  await ask(popup, 'plans.import', { text: JSON.stringify(twoCampaignPlan()) });
  await expect(popup.locator('#glance-heading')).toHaveText('Two campaigns on Instagram');
  // Facebook's follower count, typed on the Instagram tab with the log's own channel field.
  await popup.locator('#log-channel').selectOption('facebook');
  await popup.locator('#log-followers').fill('4100');
  // A look at X's limits in the plan at a glance.
  await popup.locator('#popup-channel').selectOption('x');
  await expect(popup.locator('#glance-heading')).toHaveText('Two campaigns on X');
  await expect(popup.locator('#log-channel')).toHaveValue('facebook');
});

test('a campaign chosen in the quick log stays when the popup\'s channel changes (review 37 M4)', async ({ context, extensionId }) => {
  const { popup } = await popupFor(context, extensionId, SITES.instagram.post);
  await ask(popup, 'plans.import', { text: JSON.stringify(twoCampaignPlan()) });
  await expect(popup.locator('#glance-heading')).toHaveText('Two campaigns on Instagram');
  await popup.getByRole('radio', { name: 'Campaign day' }).check();
  await popup.locator('#log-campaign').selectOption('fb-now');
  await popup.locator('#log-spend').fill('450');
  await expect(popup.getByLabel('Spend (EUR)')).toHaveValue('450');
  await popup.locator('#popup-channel').selectOption('x');
  await expect(popup.locator('#glance-heading')).toHaveText('Two campaigns on X');
  // The 450 EUR typed for FB now would be logged as 450 NOK for IG now.
  await expect(popup.locator('#log-campaign')).toHaveValue('fb-now');
});

