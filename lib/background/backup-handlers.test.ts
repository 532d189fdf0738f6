import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageType, RequestOf, ResponseOf, Result } from '../messaging/protocol';
import { dispatch, type Handlers } from '../messaging/server';
import type { MetricsData } from '../metrics/types';
import { createHandlers } from './handlers';
import { BackgroundStore } from './store';

const EXAMPLE_TEXT = readFileSync('samples/plan.example.json', 'utf8');
const NB_TEXT = JSON.stringify({ ...(JSON.parse(readFileSync('samples/plan.example.nb.json', 'utf8')) as object), id: 'nordlys-kaffe', name: 'Nordlys Kaffe' });
const OWN = 'test-extension-id';

let n = 0;
let store: BackgroundStore;
let handlers: Handlers;
beforeEach(() => {
  store = new BackgroundStore(`backup-${n++}`);
  handlers = createHandlers(store);
});
afterEach(() => store.close());

function call<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  return dispatch({ brandline: 1, type, payload }, { id: OWN }, OWN, handlers) as Promise<Result<ResponseOf<K>>>;
}
async function ok<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const result = await call(type, payload);
  if (!result.ok) throw new Error(`${type} failed: ${result.error.message}`);
  return result.value;
}

const DATA: MetricsData = {
  snapshots: [{ channel: 'instagram', date: '2027-01-05', followers: 1200 }],
  posts: [{ channel: 'x', postId: '17', publishedAt: '2027-01-06T10:00:00.000Z', contentType: 'other', impressions: 900, engagements: 40 }],
  sessions: [{ date: '2027-01-01', rangeEnd: '2027-01-31', source: 'instagram', landingPage: '/vinter', sessions: 70, conversions: 3, sessionsWith: { conversions: 50 } }],
  campaignResults: [{ campaignId: 'winter-2027', date: '2027-01-10', spend: 450, clicks: 30, spendWith: { clicks: 300 } }],
};

async function everything() {
  const list = await ok('plans.list', {});
  const plans = await Promise.all(list.plans.map((p) => ok('plans.get', { id: p.id })));
  const snapshot = await ok('kpi.snapshot', { channel: 'all', from: '2027-01-01', to: '2027-01-31' });
  return { list, raws: plans.map((p) => p.raw), kpis: snapshot.kpis, summary: await ok('metrics.summary', {}) };
}

describe('back up all data, restore it', () => {
  beforeEach(async () => {
    await ok('plans.import', { text: EXAMPLE_TEXT });
    await ok('plans.import', { text: NB_TEXT });
    await ok('plans.setActive', { channel: 'facebook', id: JSON.parse(NB_TEXT).id });
    await ok('metrics.store', { fileName: 'a.csv', kind: 'posts', data: DATA });
    await ok('metrics.log', { kind: 'followers', record: { channel: 'x', date: '2027-01-20', followers: 310 } });
  });

  it('gives back every plan, channel and record after "Erase everything", hand-logged ones too', async () => {
    const before = await everything();
    const backup = await ok('data.export', { day: '2027-02-01' });
    expect(backup).toMatchObject({ fileName: 'brandline-backup-2027-02-01.json', plans: 2, records: 5 });
    await ok('data.erase', {});
    expect((await ok('metrics.summary', {})).snapshots).toBe(0);
    const restored = await ok('data.restore', { text: backup.text });
    expect(restored).toEqual({ plans: 2, replaced: [], metrics: { added: 5, updated: 0, unchanged: 0 } });
    expect(await everything()).toEqual(before);
    // Restoring the same file again changes nothing.
    expect((await ok('data.restore', { text: backup.text })).metrics).toEqual({ added: 0, updated: 0, unchanged: 5 });
  });

  it('refuses a broken backup whole, naming the JSON path, and changes nothing', async () => {
    const before = await everything();
    const backup = JSON.parse((await ok('data.export', { day: '2027-02-01' })).text) as { plans: { raw: { channels: { x: { hashtags: { max: unknown } } } } }[]; metrics: MetricsData };
    backup.plans[1]!.raw.channels.x.hashtags.max = 'five';
    const refused = await call('data.restore', { text: JSON.stringify(backup) });
    expect(refused.ok ? 'restored' : refused.error.issues?.map((i) => i.message)).toEqual(['plans[1]: channels.x.hashtags.max: expected a number, got "five"']);
    const badRecord = JSON.parse((await ok('data.export', { day: '2027-02-01' })).text) as { metrics: { campaignResults: { spend: unknown }[] } };
    badRecord.metrics.campaignResults[0]!.spend = 'lots';
    const refused2 = await call('data.restore', { text: JSON.stringify(badRecord) });
    expect(refused2.ok ? 'restored' : refused2.error.issues?.[0]?.path).toBe('metrics.campaignResults[0].spend');
    const notOurs = await call('data.restore', { text: EXAMPLE_TEXT, locale: 'nb' });
    expect(notOurs.ok ? 'restored' : notOurs.error.message).toContain('format: forventet «brandline/backup@1»');
    const syntax = await call('data.restore', { text: '{"format":' });
    expect(syntax.ok ? 'restored' : syntax.error.message).toContain('line 1, column 11');
    expect(await everything()).toEqual(before);
  });

  it('merges into what is stored: newer records of other days stay, plans of the backup replace theirs', async () => {
    const backup = await ok('data.export', { day: '2027-02-01' });
    await ok('metrics.log', { kind: 'followers', record: { channel: 'x', date: '2027-01-25', followers: 320 } });
    const restored = await ok('data.restore', { text: backup.text });
    expect(restored.replaced.sort()).toEqual(['nordlys-coffee', JSON.parse(NB_TEXT).id].sort());
    expect((await ok('metrics.summary', {})).snapshots).toBe(3);
  });
});
