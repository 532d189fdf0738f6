import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MetricsData } from '../metrics/types';
import { bumpMetricsVersion } from '../db/records-copy';
import { workerHarness } from './worker-harness';

const EXAMPLE_TEXT = readFileSync('samples/plan.example.json', 'utf8');
const NB_TEXT = JSON.stringify({ ...(JSON.parse(readFileSync('samples/plan.example.nb.json', 'utf8')) as object), id: 'nordlys-kaffe', name: 'Nordlys Kaffe' });

const worker = workerHarness('backup');
const { call, ok } = worker;

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
  // The import log is no data a backup holds: what can be undone is not part of "everything".
  const { undoable: _undoable, ...summary } = await ok('metrics.summary', {});
  return { list, raws: plans.map((p) => p.raw), kpis: snapshot.kpis, summary };
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
    const backup = JSON.parse((await ok('data.export', { day: '2027-02-01' })).text) as { plans: { raw: { channels: { x: { hashtags: { max: unknown } } } }; plan?: unknown }[]; metrics: MetricsData };
    backup.plans[1]!.raw.channels.x.hashtags.max = 'five';
    // Without the plan as it was stored (a file written by hand), a plan file this version refuses stops the restore.
    delete backup.plans[1]!.plan;
    const refused = await call('data.restore', { text: JSON.stringify(backup) });
    expect(refused.ok ? 'restored' : refused.error.issues?.map((i) => i.message)).toEqual(['plans[1]: channels.x.hashtags.max: expected a number, got "five"']);
    const badRecord = JSON.parse((await ok('data.export', { day: '2027-02-01' })).text) as { metrics: { campaignResults: { spend: unknown }[] } };
    badRecord.metrics.campaignResults[0]!.spend = 'lots';
    const refused2 = await call('data.restore', { text: JSON.stringify(badRecord) });
    expect(refused2.ok ? 'restored' : refused2.error.issues?.[0]?.path).toBe('metrics.campaignResults[0].spend');
    const notOurs = await call('data.restore', { text: EXAMPLE_TEXT, locale: 'nb' });
    expect(notOurs.ok ? 'restored' : notOurs.error.message).toContain('format: dette er en planfil, ikke en sikkerhetskopi');
    const other = await call('data.restore', { text: '{"hello":1}' });
    expect(other.ok ? 'restored' : other.error.message).toContain('format: expected "brandline/backup@1"');
    const syntax = await call('data.restore', { text: '{"format":' });
    expect(syntax.ok ? 'restored' : syntax.error.message).toContain('line 1, column 11');
    expect(await everything()).toEqual(before);
  });

  it('a dry run answers what a restore would replace and change, and writes nothing', async () => {
    const backup = await ok('data.export', { day: '2027-02-01' });
    // Two stored records now differ from the backup's, a third is new; one plan was deleted since.
    await ok('metrics.log', { kind: 'followers', record: { channel: 'x', date: '2027-01-20', followers: 315 } });
    await ok('metrics.log', { kind: 'campaign', record: { campaignId: 'winter-2027', date: '2027-01-10', spend: 500, clicks: 30 } });
    await ok('metrics.log', { kind: 'followers', record: { channel: 'x', date: '2027-01-25', followers: 320 } });
    await ok('plans.delete', { id: JSON.parse(NB_TEXT).id });
    const before = await everything();
    const preview = await ok('data.restore', { text: backup.text, dryRun: true });
    expect(preview).toEqual({ plans: 2, replaced: ['nordlys-coffee'], metrics: { added: 0, updated: 2, unchanged: 3 } });
    expect(await everything()).toEqual(before);
    // The restore itself does what the dry run said.
    expect(await ok('data.restore', { text: backup.text })).toEqual(preview);
    // A broken file fails the dry run as it fails the restore.
    expect((await call('data.restore', { text: '{"format":', dryRun: true })).ok).toBe(false);
  });

  it('merges into what is stored: newer records of other days stay, plans of the backup replace theirs', async () => {
    const backup = await ok('data.export', { day: '2027-02-01' });
    await ok('metrics.log', { kind: 'followers', record: { channel: 'x', date: '2027-01-25', followers: 320 } });
    const restored = await ok('data.restore', { text: backup.text });
    expect(restored.replaced.sort()).toEqual(['nordlys-coffee', JSON.parse(NB_TEXT).id].sort());
    expect((await ok('metrics.summary', {})).snapshots).toBe(3);
  });
});

describe('a backup of what earlier versions stored goes back in (review 22)', () => {
  it('restores a plan this version would refuse, and records earlier versions let in, as they were', async () => {
    await ok('plans.import', { text: EXAMPLE_TEXT });
    const db = await worker.store().db();
    // As an earlier version could store them: a banned term of spaces only (refused since), a
    // negative follower count, a post time without a zone.
    const stored = (await db.plans.get('nordlys-coffee'))!;
    const raw = structuredClone(stored.raw) as { terms: { banned: { term: string }[] } };
    raw.terms.banned.push({ term: '   ' });
    await db.plans.put({ ...stored, raw });
    await db.snapshots.put({ channel: 'x', date: '2027-01-05', followers: -3 });
    await db.posts.put({ channel: 'facebook', postId: 'old', publishedAt: '2027-01-06T10:00', day: '2027-01-06', contentType: 'photo', reach: 5 } as never);
    // Written behind the records copy's back: it is dropped, as every write does.
    await bumpMetricsVersion(db);
    worker.store().invalidateMetrics();
    const backup = await ok('data.export', { day: '2027-02-01' });
    await ok('data.erase', {});
    const restored = await ok('data.restore', { text: backup.text });
    expect(restored.kept?.map((k) => [k.id, k.problems.length > 0])).toEqual([['nordlys-coffee', true]]);
    expect(restored.metrics.added).toBe(2);
    const again = await ok('plans.get', { id: 'nordlys-coffee' });
    expect(again.raw).toEqual(raw);
    expect(JSON.parse((await ok('data.export', { day: '2027-02-02' })).text).metrics).toEqual(JSON.parse(backup.text).metrics);
  });

  it('refuses a stored plan the rules could not read, naming where (rev23)', async () => {
    await ok('plans.import', { text: EXAMPLE_TEXT });
    const good = JSON.parse((await ok('data.export', { day: '2027-02-01' })).text) as { plans: { raw: Record<string, unknown>; plan: Record<string, unknown> }[] };
    const attempt = async (change: (plan: Record<string, unknown>) => void) => {
      const file = structuredClone(good);
      file.plans[0]!.raw.schema = 'nope';
      change(file.plans[0]!.plan);
      const result = await call('data.restore', { text: JSON.stringify(file) });
      return result.ok ? 'restored' : result.error.issues!.map((i) => i.message).filter((m) => m.startsWith('plans[0].plan'));
    };
    expect(await attempt(() => {})).toBe('restored');
    expect(await attempt((plan) => ((plan.terms as { banned: unknown[] }).banned = [{ term: {} }]))).toEqual(['plans[0].plan: terms.banned[0].term: expected a string, got an object']);
    expect(await attempt((plan) => (plan.campaigns = [{ id: 1 }]))).toContain('plans[0].plan: campaigns[0].id: expected a string, got 1');
    expect(await attempt((plan) => ((plan.goals as unknown[]).push({ kpi: '=HYPERLINK("x")', target: 'x' })))).not.toEqual([]);
    // Keys a default fills must be there: the rules read them without looking (review 24).
    expect(await attempt((plan) => ((plan.channels as { x: unknown }).x = {}))).toContain('plans[0].plan: channels.x.hashtags: missing (expected an object)');
    expect(await attempt((plan) => ((plan.goals as unknown[]).push({ id: 'z', kpi: 'constructor', channel: 'x', target: 1, due: '2027-06-30' })))).toEqual([expect.stringContaining('plans[0].plan: goals[4].kpi: expected a KPI id')]);
    // A value check added later (a banned term of spaces) does not refuse it.
    expect(await attempt((plan) => ((plan.terms as { banned: unknown[] }).banned.push({ term: '   ' })))).toBe('restored');
    expect((await ok('metrics.summary', {})).snapshots).toBe(0);
  });

  it('names what is wrong with the envelope in the page\'s language, and a newer format as newer', async () => {
    const backup = JSON.parse((await ok('data.export', { day: '2027-02-01' })).text) as Record<string, unknown>;
    const issues = async (file: object, locale?: 'nb') => {
      const result = await call('data.restore', { text: JSON.stringify(file), ...(locale ? { locale } : {}) });
      return result.ok ? 'restored' : result.error.issues?.map((i) => i.message);
    };
    const { exportedAt: _dropped, ...noDate } = backup;
    expect(await issues(noDate)).toEqual(['exportedAt: expected text']);
    expect(await issues(noDate, 'nb')).toEqual(['exportedAt: forventet tekst']);
    expect(await issues({ ...backup, extra: 1 })).toEqual(['(backup): unknown key "extra"']);
    expect(await issues({ ...backup, format: 'brandline/backup@2' })).toEqual(['format: "brandline/backup@2" is a backup made by a newer Brandline: update Brandline to restore it']);
    expect(await issues({ ...backup, plans: [{ raw: {}, createdAt: 2 ** 60, updatedAt: 1 }] })).toContain('plans[0].createdAt: not a value a backup holds here');
    expect(await issues({ ...backup, plans: [{ createdAt: 1, updatedAt: 1 }] }, 'nb')).toEqual(['plans[0].raw: mangler']);
  });

  it('a restored plan is read from its restored file, even under an id and time the worker has seen', async () => {
    await ok('plans.import', { text: EXAMPLE_TEXT });
    expect((await ok('plans.active', { channel: 'x' })).plan.name).toBe('Nordlys Coffee');
    const backup = JSON.parse((await ok('data.export', { day: '2027-02-01' })).text) as { plans: { raw: { name: string } }[] };
    backup.plans[0]!.raw.name = 'Edited in the file';
    await ok('data.restore', { text: JSON.stringify(backup) });
    expect((await ok('plans.active', { channel: 'x' })).plan.name).toBe('Edited in the file');
  });
});

describe('open side panels hear of metric changes (QA18)', () => {
  it('an import, a logged day and a restore announce; a write that changes nothing does not', async () => {
    const { onMetricsChanged } = await import('../messaging/events');
    let heard = 0;
    const stop = onMetricsChanged(() => heard++);
    const settle = () => new Promise((r) => setTimeout(r, 10));
    await ok('metrics.store', { fileName: 'a.csv', kind: 'posts', data: DATA });
    await settle();
    expect(heard).toBe(1);
    await ok('metrics.store', { fileName: 'a.csv', kind: 'posts', data: DATA });
    await settle();
    expect(heard).toBe(1);
    await ok('metrics.log', { kind: 'followers', record: { channel: 'x', date: '2027-01-20', followers: 310 } });
    await settle();
    expect(heard).toBe(2);
    await ok('data.restore', { text: (await ok('data.export', { day: '2027-02-01' })).text });
    await settle();
    expect(heard).toBe(3);
    stop();
  });
});
