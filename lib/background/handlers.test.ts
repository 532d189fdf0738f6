import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { onPlansChanged } from '../messaging/events';
import type { ResponseOf, Result } from '../messaging/protocol';
import { dispatch } from '../messaging/server';
import { createHandlers } from './handlers';
import { OWN, workerHarness } from './worker-harness';

const EXAMPLE_TEXT = readFileSync('samples/plan.example.json', 'utf8');
const EXAMPLE = JSON.parse(EXAMPLE_TEXT) as { id: string; name: string; channels: Record<string, unknown> };

const worker = workerHarness('handlers');
const { call, ok } = worker;

function withChange(change: (plan: Record<string, unknown>) => void): string {
  const plan = JSON.parse(EXAMPLE_TEXT) as Record<string, unknown>;
  change(plan);
  return JSON.stringify(plan);
}

describe('plans', () => {
  it('hands out the example plan while none is stored', async () => {
    const { plan, planId } = await ok('plans.active', { channel: 'instagram' });
    expect(planId).toBeNull();
    expect(plan.id).toBe('nordlys-coffee');
    expect(plan.channels.instagram.hashtags.required).toEqual(['#NordlysCoffee']);
  });

  it('hands out the Bokmål example plan while none is stored when the UI is Norwegian', async () => {
    const nb = createHandlers(worker.store(), () => 'nb');
    const result = (await dispatch({ brandline: 1, type: 'plans.active', payload: { channel: 'x' } }, { id: OWN }, OWN, nb)) as Result<ResponseOf<'plans.active'>>;
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.planId).toBeNull();
    expect(result.value.plan.locale).toBe('nb');
    expect(result.value.plan.channels.x.cta.phrases).toContain('Bestill nå');
    // Once a plan is stored, it is the stored plan whatever the UI's language.
    await ok('plans.import', { text: EXAMPLE_TEXT });
    const stored = (await dispatch({ brandline: 1, type: 'plans.active', payload: { channel: 'x' } }, { id: OWN }, OWN, nb)) as Result<ResponseOf<'plans.active'>>;
    expect(stored.ok && stored.value.plan.locale).toBe('en');
  });

  it('imports a plan, makes it active on its channels and announces it', async () => {
    const seen = vi.fn();
    onPlansChanged(seen);
    const imported = await ok('plans.import', { text: EXAMPLE_TEXT });
    expect(imported).toEqual({ id: 'nordlys-coffee', name: 'Nordlys Coffee', activatedOn: ['x', 'facebook', 'instagram'], replaced: false });
    expect((await ok('plans.active', { channel: 'x' })).planId).toBe('nordlys-coffee');
    expect(seen).toHaveBeenCalledWith(1);
  });

  it('hands a content script the plan without the brand\'s goals and budgets, and only for its own site (rev23)', async () => {
    await ok('plans.import', { text: EXAMPLE_TEXT });
    const handlers = createHandlers(worker.store());
    const fromPage = (channel: string, url: string) =>
      dispatch({ brandline: 1, type: 'plans.active', payload: { channel } }, { id: OWN, url, tab: { id: 1 } as never }, OWN, handlers) as Promise<Result<ResponseOf<'plans.active'>>>;
    const seen = await fromPage('instagram', 'https://www.instagram.com/p/1/');
    expect(seen.ok && seen.value.plan).toMatchObject({ id: 'nordlys-coffee', goals: [], campaigns: [] });
    expect(seen.ok && seen.value.plan.terms.banned.length).toBeGreaterThan(0);
    expect((await fromPage('x', 'https://www.instagram.com/p/1/')).ok).toBe(false);
    // The popup, an extension page, still sees everything.
    const popup = (await dispatch({ brandline: 1, type: 'plans.active', payload: { channel: 'instagram' } }, { id: OWN, url: `chrome-extension://${OWN}/popup.html` }, OWN, handlers)) as Result<ResponseOf<'plans.active'>>;
    expect(popup.ok && popup.value.plan.campaigns.length).toBe(1);
  });

  it('marks a plan as imported until it is saved from the editor', async () => {
    await ok('plans.import', { text: EXAMPLE_TEXT });
    expect((await ok('plans.get', { id: 'nordlys-coffee' })).imported).toBe(true);
    const { raw } = await ok('plans.get', { id: 'nordlys-coffee' });
    await ok('plans.save', { raw, replaces: 'nordlys-coffee' });
    expect((await ok('plans.get', { id: 'nordlys-coffee' })).imported).toBe(false);
    await ok('plans.import', { text: EXAMPLE_TEXT });
    expect((await ok('plans.get', { id: 'nordlys-coffee' })).imported).toBe(true);
  });

  it('activates an imported plan only on the channels its file names', async () => {
    await ok('plans.import', { text: EXAMPLE_TEXT });
    const xOnly = withChange((p) => {
      p.id = 'x-only';
      p.channels = { x: { enabled: true } };
    });
    expect((await ok('plans.import', { text: xOnly })).activatedOn).toEqual(['x']);
    expect((await ok('plans.list', {})).active).toEqual({ x: 'x-only', facebook: 'nordlys-coffee', instagram: 'nordlys-coffee' });
  });

  it('a new version of a stored plan keeps the choices of Plan per channel, and takes only channels without a plan (QA31 M1)', async () => {
    await ok('plans.import', { text: EXAMPLE_TEXT });
    const other = withChange((p) => {
      p.id = 'other';
      p.name = 'Other';
    });
    await ok('plans.import', { text: other });
    await ok('plans.setActive', { channel: 'x', id: 'nordlys-coffee' });
    expect((await ok('plans.list', {})).active).toEqual({ x: 'nordlys-coffee', facebook: 'other', instagram: 'other' });
    // The same file again (an export imported back): nothing moves.
    const again = await ok('plans.import', { text: other });
    expect(again).toMatchObject({ replaced: true, activatedOn: ['facebook', 'instagram'] });
    expect((await ok('plans.list', {})).active).toEqual({ x: 'nordlys-coffee', facebook: 'other', instagram: 'other' });
    await ok('plans.setActive', { channel: 'facebook', id: 'nordlys-coffee' });
    await ok('plans.setActive', { channel: 'instagram', id: 'nordlys-coffee' });
    expect((await ok('plans.import', { text: other })).activatedOn).toEqual([]);
    expect((await ok('plans.list', {})).active).toEqual({ x: 'nordlys-coffee', facebook: 'nordlys-coffee', instagram: 'nordlys-coffee' });
  });

  const broken: { name: string; text: string; path: string }[] = [
    { name: 'an unknown key', text: withChange((p) => Object.assign(p, { colour: 'blue' })), path: 'colour' },
    {
      name: 'a wrong type',
      text: withChange((p) => ((p.channels as Record<string, { hashtags: Record<string, unknown> }>).instagram!.hashtags.max = 'five')),
      path: 'channels.instagram.hashtags.max',
    },
    { name: 'text that is not JSON', text: '{ "schema": "brandline/plan@1", ', path: '' },
  ];
  it.each(broken)('refuses $name by path and changes nothing', async ({ text, path }) => {
    await ok('plans.import', { text: EXAMPLE_TEXT });
    const before = await ok('plans.list', {});
    const result = await call('plans.import', { text });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad-request');
    expect(result.error.issues?.map((i) => i.path)).toContain(path);
    if (path) expect(result.error.message).toContain(path);
    expect(await ok('plans.list', {})).toEqual(before);
  });

  it('exports the JSON it imported', async () => {
    await ok('plans.import', { text: EXAMPLE_TEXT });
    const { fileName, text } = await ok('plans.export', { id: 'nordlys-coffee' });
    expect(fileName).toBe('nordlys-coffee.json');
    expect(JSON.parse(text)).toEqual(EXAMPLE);
  });

  it('saves an edited plan, renames its id and keeps its channels', async () => {
    await ok('plans.import', { text: EXAMPLE_TEXT });
    const raw = JSON.parse(withChange((p) => {
      p.id = 'nordlys';
      ((p.channels as Record<string, { hashtags: Record<string, unknown> }>).x!.hashtags).max = 1;
    })) as unknown;
    expect(await ok('plans.save', { raw, replaces: 'nordlys-coffee' })).toEqual({ id: 'nordlys' });
    const { plan, planId } = await ok('plans.active', { channel: 'x' });
    expect(planId).toBe('nordlys');
    expect(plan.channels.x.hashtags.max).toBe(1);
    expect((await ok('plans.list', {})).plans.map((p) => p.id)).toEqual(['nordlys']);
  });

  it('refuses an edit that breaks the plan, naming the field', async () => {
    await ok('plans.import', { text: EXAMPLE_TEXT });
    const raw = JSON.parse(withChange((p) => ((p.goals as { target: unknown }[])[0]!.target = 'lots'))) as unknown;
    const result = await call('plans.save', { raw, replaces: 'nordlys-coffee' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('goals[0].target');
  });

  it('refuses to take the id of another plan', async () => {
    await ok('plans.import', { text: EXAMPLE_TEXT });
    const { id } = await ok('plans.create', { name: 'Second brand' });
    const raw = { schema: 'brandline/plan@1', id: 'nordlys-coffee', name: 'Second brand' };
    const result = await call('plans.save', { raw, replaces: id });
    expect(result.ok ? 'saved' : result.error.issues?.[0]?.path).toBe('id');
  });

  it('a plan created on a page in Bokmål reads its drafts in Bokmål (QA34 M1)', async () => {
    const { id } = await ok('plans.create', { name: 'Fjord Bakeri', locale: 'nb' });
    expect((await ok('plans.get', { id })).plan.locale).toBe('nb');
    const { id: other } = await ok('plans.create', { name: 'North Bakery' });
    expect((await ok('plans.get', { id: other })).plan.locale).toBe('en');
  });

  it('creates, duplicates, deletes and restores plans', async () => {
    const { id } = await ok('plans.create', { name: 'Fjord Bakeri' });
    expect(id).toBe('fjord-bakeri');
    // The first plan takes the channels that have none.
    expect((await ok('plans.list', {})).active).toEqual({ x: id, facebook: id, instagram: id });
    const copy = await ok('plans.duplicate', { id });
    expect(copy.id).toBe('fjord-bakeri-copy');
    expect((await ok('plans.get', { id: copy.id })).plan.name).toBe('Fjord Bakeri (copy)');
    const named = await ok('plans.duplicate', { id, name: 'Fjord Bakeri (kopi)' });
    expect(named.id).toBe('fjord-bakeri-copy-2');
    expect((await ok('plans.get', { id: named.id })).plan.name).toBe('Fjord Bakeri (kopi)');
    await ok('plans.delete', { id: named.id });
    await ok('plans.setActive', { channel: 'x', id: copy.id });

    const deleted = await ok('plans.delete', { id: copy.id });
    expect(deleted.channels).toEqual(['x']);
    expect((await ok('plans.list', {})).active.x).toBeNull();
    // A channel without a chosen plan falls back to a stored plan, not the example.
    expect((await ok('plans.active', { channel: 'x' })).planId).toBe(id);

    await ok('plans.restore', { raw: deleted.raw, channels: deleted.channels });
    expect((await ok('plans.list', {})).active.x).toBe(copy.id);
  });

  it('gives back on Undo a deleted plan an earlier version stored, though a check added since refuses its file (rev26)', async () => {
    // Stored before Instagram's 5-hashtag cap was checked: its file no longer parses, its stored form is sound.
    const raw = JSON.parse(EXAMPLE_TEXT) as { channels: { instagram: { hashtags: { max?: number } } } };
    const imported = await ok('plans.import', { text: EXAMPLE_TEXT });
    const { plan } = await ok('plans.get', { id: imported.id });
    raw.channels.instagram.hashtags.max = 9;
    const old = { ...plan, channels: { ...plan.channels, instagram: { ...plan.channels.instagram, hashtags: { ...plan.channels.instagram.hashtags, max: 9 } } } };
    await (await worker.store().plans()).save(old, raw, { activate: ['instagram'] });
    const deleted = await ok('plans.delete', { id: imported.id });
    // Without the stored form the file is refused, as before; with it the plan comes back as it was.
    expect((await call('plans.restore', { raw: deleted.raw, channels: deleted.channels })).ok).toBe(false);
    expect(await ok('plans.restore', { raw: deleted.raw, plan: deleted.plan, channels: deleted.channels })).toMatchObject({ id: imported.id });
    const back = await ok('plans.get', { id: imported.id });
    expect(back.raw).toEqual(raw);
    expect(back.plan.channels.instagram.hashtags.max).toBe(9);
    // A stored form that lacks what the rules read is not taken.
    await ok('plans.delete', { id: imported.id });
    expect((await call('plans.restore', { raw: deleted.raw, plan: { id: imported.id }, channels: deleted.channels })).ok).toBe(false);
  });

  it('answers not-found for plans that do not exist', async () => {
    for (const result of [await call('plans.get', { id: 'nope' }), await call('plans.setActive', { channel: 'x', id: 'nope' }), await call('plans.delete', { id: 'nope' })]) {
      expect(result.ok ? 'ok' : result.error.code).toBe('not-found');
    }
  });
});

describe('metrics and KPIs', () => {
  const data = {
    snapshots: [
      { channel: 'instagram' as const, date: '2027-01-01', followers: 1000 },
      { channel: 'instagram' as const, date: '2027-01-28', followers: 1100 },
    ],
    posts: [{ channel: 'instagram' as const, postId: 'a', publishedAt: '2027-01-10T12:00:00.000Z', contentType: 'reel' as const, reach: 200, reactions: 10, comments: 2 }],
    sessions: [],
    campaignResults: [{ campaignId: 'winter-2027', date: '2027-01-10', spend: 500, revenue: 2000 }],
  };

  it('stores a batch idempotently', async () => {
    expect(await ok('metrics.store', { fileName: 'a.csv', kind: 'posts', data })).toEqual({ added: 4, updated: 0, unchanged: 0 });
    expect(await ok('metrics.store', { fileName: 'a.csv', kind: 'posts', data })).toEqual({ added: 0, updated: 0, unchanged: 4 });
    expect(await ok('metrics.summary', {})).toEqual({ snapshots: 2, posts: 1, webSessions: 0, campaignResults: 1, undoable: { id: expect.any(Number), fileName: 'a.csv', at: expect.any(Number), added: 4, updated: 0, earlier: 0 } });
  });

  it('takes back the last import, and the side panel reads the numbers without it (QA29 H1)', async () => {
    await ok('metrics.store', { fileName: 'a.csv', kind: 'posts', data });
    const typo = { ...data, snapshots: [], posts: [], campaignResults: [{ campaignId: 'winter-2072', date: '2027-01-10', spend: 500 }] };
    await ok('metrics.store', { fileName: 'typo.csv', kind: 'campaign-results', data: typo });
    expect((await ok('kpi.snapshot', { channel: 'all', from: '2027-01-01', to: '2027-01-31' })).kpis.spend).toBe(1000);
    const typoImport = (await ok('metrics.summary', {})).undoable!;
    expect(await ok('metrics.undoImport', { id: typoImport.id })).toMatchObject({ fileName: 'typo.csv', added: 1, updated: 0 });
    expect((await ok('kpi.snapshot', { channel: 'all', from: '2027-01-01', to: '2027-01-31' })).kpis.spend).toBe(500);
    // A page still showing the typo file's Undo does not take back the one before it (QA30).
    expect((await call('metrics.undoImport', { id: typoImport.id })).ok).toBe(false);
    const before = (await ok('metrics.summary', {})).undoable!;
    expect(before).toMatchObject({ fileName: 'a.csv' });
    // A number logged by hand on a day the import did not write: the import can still be taken back.
    await ok('metrics.log', { kind: 'followers', record: { channel: 'x', date: '2027-01-02', followers: 10 } });
    expect((await ok('metrics.summary', {})).undoable).toMatchObject({ fileName: 'a.csv' });
    // One written over the import's own row: it can no longer be taken back.
    await ok('metrics.log', { kind: 'followers', record: { channel: 'instagram', date: '2027-01-01', followers: 999 } });
    expect((await ok('metrics.summary', {})).undoable).toBeUndefined();
    expect((await call('metrics.undoImport', { id: before.id })).ok).toBe(false);
  });

  it('says which stored web-session days a GA4 range download counts a second time, and stores it all the same', async () => {
    const ga4 = (from: string, to: string) => ({ snapshots: [], posts: [], campaignResults: [], sessions: [{ date: from, rangeEnd: to, source: 'facebook', sessions: 100 }] });
    expect(await ok('metrics.store', { fileName: 'jan.csv', kind: 'ga4', data: ga4('2027-01-01', '2027-01-31') })).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await ok('metrics.store', { fileName: 'mid.csv', kind: 'ga4', data: ga4('2027-01-15', '2027-02-14') })).toEqual({ added: 1, updated: 0, unchanged: 0, overlap: { from: '2027-01-01', to: '2027-01-31' } });
    // The same download again replaces its own rows: no overlap with itself. (After a snapshot the
    // records are in memory, and the overlap is found there rather than from the table's keys.)
    await ok('kpi.snapshot', { channel: 'all' });
    expect(await ok('metrics.store', { fileName: 'jan.csv', kind: 'ga4', data: ga4('2027-01-01', '2027-01-31') })).toEqual({ added: 0, updated: 0, unchanged: 1, overlap: { from: '2027-01-15', to: '2027-02-14' } });
    expect(await ok('metrics.summary', {})).toMatchObject({ snapshots: 0, posts: 0, webSessions: 2, campaignResults: 0 });
  });

  it('hands the popup the stored follower counts nearest to a day, including ones logged a moment ago', async () => {
    await ok('metrics.store', { fileName: 'a.csv', kind: 'posts', data });
    expect(await ok('metrics.nearCounts', { channel: 'instagram', date: '2027-01-15' })).toEqual({ before: { date: '2027-01-01', followers: 1000 }, after: { date: '2027-01-28', followers: 1100 } });
    await ok('metrics.log', { kind: 'followers', record: { channel: 'instagram', date: '2027-01-20', followers: 1050 } });
    expect(await ok('metrics.nearCounts', { channel: 'instagram', date: '2027-01-15' })).toEqual({ before: { date: '2027-01-01', followers: 1000 }, after: { date: '2027-01-20', followers: 1050 } });
    expect(await ok('metrics.nearCounts', { channel: 'x', date: '2027-01-15' })).toEqual({});
    expect((await call('metrics.nearCounts', { channel: 'instagram', date: '15.01.2027' })).ok).toBe(false);
  });

  it('tells the popup what a campaign spent on its other days, names resolved to the plan\'s ids', async () => {
    await ok('plans.import', { text: EXAMPLE_TEXT });
    await ok('metrics.log', { kind: 'campaign', record: { campaignId: 'winter-2027', date: '2027-01-10', spend: 100 } });
    await ok('metrics.log', { kind: 'campaign', record: { campaignId: 'winter-2027', date: '2027-01-11', spend: 40.5 } });
    expect(await ok('metrics.campaignSpent', { campaignId: 'winter-2027', date: '2027-01-11' })).toEqual({ spent: 100 });
    expect(await ok('metrics.campaignSpent', { campaignId: 'winter-2027', date: '2027-01-12' })).toEqual({ spent: 140.5 });
    expect(await ok('metrics.campaignSpent', { campaignId: 'nothing-yet', date: '2027-01-12' })).toEqual({ spent: 0 });
    expect((await call('metrics.campaignSpent', { campaignId: '', date: '2027-01-12' })).ok).toBe(false);
  });

  it('builds a snapshot and sees logged records at once', async () => {
    // Campaign spend counts for Instagram because the plan lists winter-2027 there.
    await ok('plans.import', { text: EXAMPLE_TEXT });
    await ok('metrics.store', { fileName: 'a.csv', kind: 'posts', data });
    const q = { from: '2027-01-01', to: '2027-01-31', channel: 'instagram' as const };
    const first = await ok('kpi.snapshot', q);
    expect(first.kpis.followers).toBe(1100);
    expect(first.kpis.engagements).toBe(12);
    expect(first.kpis.spend).toBe(500);

    await ok('metrics.log', { kind: 'followers', record: { channel: 'instagram', date: '2027-01-30', followers: 1200 } });
    await ok('metrics.log', { kind: 'campaign', record: { campaignId: 'winter-2027', date: '2027-01-11', spend: 100 } });
    const second = await ok('kpi.snapshot', q);
    expect(second.kpis.followers).toBe(1200);
    expect(second.kpis.spend).toBe(600);
  });

  it('logging a day\'s spend keeps the clicks, conversions and revenue imported for that day', async () => {
    // Campaign spend counts for Instagram because the plan lists winter-2027 there.
    await ok('plans.import', { text: EXAMPLE_TEXT });
    await ok('metrics.store', { fileName: 'a.csv', kind: 'posts', data });
    await ok('metrics.log', { kind: 'campaign', record: { campaignId: 'winter-2027', date: '2027-01-10', spend: 450 } });
    const kpis = (await ok('kpi.snapshot', { from: '2027-01-01', to: '2027-01-31', channel: 'instagram' })).kpis;
    expect(kpis.spend).toBe(450);
    expect(kpis.revenue).toBe(2000);
    expect(kpis.roas).toBeCloseTo(2000 / 450, 12);
  });

  it('logging a day\'s spend also keeps a day imported under the campaign\'s name', async () => {
    // Campaign spend counts for Instagram because the plan lists winter-2027 there.
    await ok('plans.import', { text: EXAMPLE_TEXT });
    await ok('metrics.store', { fileName: 'c.csv', kind: 'campaign-results', data: { snapshots: [], posts: [], sessions: [], campaignResults: [{ campaignId: 'Winter blend launch', date: '2027-01-12', spend: 500, clicks: 40, revenue: 2000 }] } });
    await ok('metrics.log', { kind: 'campaign', record: { campaignId: 'winter-2027', date: '2027-01-12', spend: 450 } });
    const kpis = (await ok('kpi.snapshot', { from: '2027-01-12', to: '2027-01-12', channel: 'instagram' })).kpis;
    expect(kpis.spend).toBe(450);
    expect(kpis.revenue).toBe(2000);
    expect(kpis.cpc).toBeCloseTo(450 / 40, 12);
  });

  it('without a stored plan measures against no plan: no goals or campaigns of the example plan', async () => {
    await ok('metrics.store', { fileName: 'a.csv', kind: 'posts', data });
    const bare = await ok('kpi.snapshot', { from: '2027-01-01', to: '2027-01-31', channel: 'all' });
    expect(bare.plan).toBeNull();
    expect(bare.goals).toEqual([]);
    expect(bare.campaigns).toEqual([]);
    expect(bare.kpis.followers).toBe(1100);
    await ok('plans.import', { text: EXAMPLE_TEXT });
    const planned = await ok('kpi.snapshot', { from: '2027-01-01', to: '2027-01-31', channel: 'all' });
    expect(planned.plan).toEqual({ id: 'nordlys-coffee', name: 'Nordlys Coffee' });
    expect(planned.goals.length).toBeGreaterThan(0);
  });

  it('"all" adds up the channel views when each channel has a plan of its own (QA25)', async () => {
    const base = JSON.parse(EXAMPLE_TEXT) as { channels: { instagram: { links: Record<string, unknown> } } } & Record<string, unknown>;
    const channel = (source: string) => ({ ...base.channels.instagram, links: { ...base.channels.instagram.links, utm: { source, medium: 'social' } } });
    const campaign = (id: string, ch: string, currency: string) => ({ id, name: id, channel: ch, budget: 10_000, currency, start: '2027-01-01', end: '2027-03-31' });
    const igPlan = { ...base, id: 'ig', name: 'IG', channels: { instagram: channel('ig_bio') }, campaigns: [campaign('winter', 'instagram', 'NOK')], goals: [{ id: 'ig-sessions', kpi: 'sessions', channel: 'instagram', target: 100, due: '2027-06-30' }] };
    const fbxPlan = { ...base, id: 'fbx', name: 'FB and X', channels: { facebook: channel('meta_fb'), x: channel('x_bio') }, campaigns: [campaign('fb-spring', 'facebook', 'NOK'), campaign('x-eu', 'x', 'EUR')], goals: [] };
    await ok('plans.import', { text: JSON.stringify(igPlan) });
    await ok('plans.import', { text: JSON.stringify(fbxPlan) });
    const sessions = [
      { date: '2027-01-10', source: 'ig_bio', sessions: 50, conversions: 3, revenue: 900 },
      { date: '2027-01-10', source: 'meta_fb', sessions: 150, conversions: 3.5, revenue: 1722 },
      { date: '2027-01-10', source: 'x_bio', sessions: 50, conversions: 1, revenue: 100 },
    ];
    const campaignResults = [
      { campaignId: 'winter', date: '2027-02-05', spend: 600 },
      { campaignId: 'x-eu', date: '2027-02-05', spend: 150 },
    ];
    await ok('metrics.store', { fileName: 's.csv', kind: 'web-sessions', data: { snapshots: [], posts: [], sessions, campaignResults } });
    const jan = (channel: 'x' | 'facebook' | 'instagram' | 'all') => ok('kpi.snapshot', { from: '2027-01-01', to: '2027-01-31', channel });
    const views = await Promise.all((['x', 'facebook', 'instagram'] as const).map(async (c) => (await jan(c)).kpis.sessions));
    expect(views).toEqual([50, 150, 50]);
    const all = await jan('all');
    expect(all.kpis.sessions).toBe(250);
    expect(all.kpis.webRevenue).toBe(2722);
    expect(all.kpis.conversionRate).toBeCloseTo(7.5 / 250, 12);
    // Every plan's campaigns, and its goals for its channels.
    expect(all.campaigns.map((c) => c.id).sort()).toEqual(['fb-spring', 'winter', 'x-eu']);
    expect(all.goals.map((g) => g.id)).toContain('ig-sessions');
    // NOK and EUR do not add up: no spend for all channels in February, but each channel has its own.
    const feb = await ok('kpi.snapshot', { from: '2027-02-01', to: '2027-02-28', channel: 'all' });
    expect(feb.kpis.spend).toBeUndefined();
    const febInstagram = await ok('kpi.snapshot', { from: '2027-02-01', to: '2027-02-28', channel: 'instagram' });
    expect(febInstagram.kpis.spend).toBe(600);
    expect(feb.kpis['budgetPacing.winter']).toBe(febInstagram.kpis['budgetPacing.winter']);
  });

  it('"all" keeps the currency of a campaign whose channel another plan took (rev28)', async () => {
    const base = JSON.parse(EXAMPLE_TEXT) as Record<string, unknown>;
    const campaign = (id: string, channel: string, currency: string) => ({ id, name: id, channel, budget: 10_000, currency, start: '2027-01-01', end: '2027-03-31' });
    // Plan A on every channel, with a EUR campaign on X and a NOK one on Instagram; then an Instagram plan.
    await ok('plans.import', { text: JSON.stringify({ ...base, id: 'a', name: 'A', campaigns: [campaign('x-eu', 'x', 'EUR'), campaign('ig-nok', 'instagram', 'NOK')], goals: [] }) });
    await ok('plans.import', { text: JSON.stringify({ ...base, id: 'b', name: 'B', channels: { instagram: (base.channels as Record<string, unknown>).instagram }, campaigns: [], goals: [] }) });
    const campaignResults = [
      { campaignId: 'x-eu', date: '2027-02-05', spend: 150 },
      { campaignId: 'ig-nok', date: '2027-02-05', spend: 2000 },
    ];
    await ok('metrics.store', { fileName: 'c.csv', kind: 'campaign-results', data: { snapshots: [], posts: [], sessions: [], campaignResults } });
    const all = await ok('kpi.snapshot', { from: '2027-02-01', to: '2027-02-28', channel: 'all' });
    expect(all.kpis.spend).toBeUndefined();
    expect(all.currency).toBeUndefined();
  });

  it('refuses a range that ends before it starts', async () => {
    const result = await call('kpi.snapshot', { from: '2027-02-01', to: '2027-01-01', channel: 'all' });
    expect(result.ok ? 'ok' : result.error.code).toBe('bad-request');
  });

  it('reads the database once after a write, for repeated snapshots', async () => {
    const repo = await worker.store().metrics();
    const loads = vi.spyOn(repo.constructor.prototype as { loadAll: () => unknown }, 'loadAll');
    await ok('metrics.store', { fileName: 'a.csv', kind: 'posts', data });
    for (let i = 0; i < 3; i++) await ok('kpi.snapshot', { from: '2027-01-01', to: '2027-01-31', channel: 'all' });
    expect(loads).toHaveBeenCalledTimes(1);
    loads.mockRestore();
  });

  it('erases plans and metrics and announces it', async () => {
    await ok('plans.import', { text: EXAMPLE_TEXT });
    await ok('metrics.store', { fileName: 'a.csv', kind: 'posts', data });
    const seen = vi.fn();
    onPlansChanged(seen);
    await ok('data.erase', {});
    expect(await ok('plans.list', {})).toEqual({ plans: [], active: { x: null, facebook: null, instagram: null } });
    expect(await ok('metrics.summary', {})).toEqual({ snapshots: 0, posts: 0, webSessions: 0, campaignResults: 0 });
    expect((await ok('kpi.snapshot', { from: '2027-01-01', to: '2027-01-31', channel: 'instagram' })).kpis.followers).toBeUndefined();
    expect(seen).toHaveBeenCalled();
  });
});
