import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageType, RequestOf, ResponseOf, Result } from '../messaging/protocol';
import { dispatch, type Handlers } from '../messaging/server';
import { createHandlers } from './handlers';
import { BackgroundStore } from './store';

const EXAMPLE_TEXT = readFileSync('samples/plan.example.json', 'utf8');
const OWN = 'test-extension-id';

let n = 0;
let store: BackgroundStore;
let handlers: Handlers;

beforeEach(() => {
  store = new BackgroundStore(`plan-handlers-${n++}`);
  handlers = createHandlers(store);
});
afterEach(() => store.close());

function call<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  return dispatch({ brandline: 1, type, payload }, { id: OWN }, OWN, handlers) as Promise<Result<ResponseOf<K>>>;
}

async function issuesOf<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<{ path: string; message: string }[]> {
  const result = await call(type, payload);
  if (result.ok) throw new Error(`${type} was accepted`);
  return result.error.issues ?? [];
}

const wrongType = (() => {
  const plan = JSON.parse(EXAMPLE_TEXT) as { channels: { instagram: { hashtags: Record<string, unknown> } } };
  plan.channels.instagram.hashtags.max = 'five';
  return plan;
})();

describe('plan problems in the language the page asks for', () => {
  it.each([
    ['no locale (English)', undefined, 'channels.instagram.hashtags.max: expected a number, got "five"', 'not valid JSON: the text ends where a value was expected at line 1, column 2'],
    ['English', 'en', 'channels.instagram.hashtags.max: expected a number, got "five"', 'not valid JSON: the text ends where a value was expected at line 1, column 2'],
    ['Bokmål', 'nb', 'channels.instagram.hashtags.max: forventet et tall, fikk «five»', 'ikke gyldig JSON: teksten slutter der det ventes en verdi på linje 1, kolonne 2'],
  ] as const)('import, in %s', async (_what, locale, schemaMessage, syntaxMessage) => {
    const options = locale ? { locale } : {};
    expect(await issuesOf('plans.import', { text: JSON.stringify(wrongType), ...options })).toEqual([{ path: 'channels.instagram.hashtags.max', message: schemaMessage }]);
    expect(await issuesOf('plans.import', { text: '[', ...options })).toEqual([{ path: '', message: syntaxMessage }]);
  });

  it.each([
    ['English', 'en', 'goals[0].target: expected a number, got "lots"', 'id: another plan already has the id "nordlys-coffee"'],
    ['Bokmål', 'nb', 'goals[0].target: forventet et tall, fikk «lots»', 'id: en annen plan har allerede id-en «nordlys-coffee»'],
  ] as const)('save, in %s', async (_what, locale, brokenMessage, takenMessage) => {
    expect((await call('plans.import', { text: EXAMPLE_TEXT })).ok).toBe(true);
    const broken = JSON.parse(EXAMPLE_TEXT) as { goals: { target: unknown }[] };
    broken.goals[0]!.target = 'lots';
    expect((await issuesOf('plans.save', { raw: broken, replaces: 'nordlys-coffee', locale }))[0]?.message).toBe(brokenMessage);

    const created = await call('plans.create', { name: 'Second brand' });
    if (!created.ok) throw new Error(created.error.message);
    const taken = { schema: 'brandline/plan@1', id: 'nordlys-coffee', name: 'Second brand' };
    expect(await issuesOf('plans.save', { raw: taken, replaces: created.value.id, locale })).toEqual([{ path: 'id', message: takenMessage }]);
  });

  it('refuses a locale it cannot speak', async () => {
    const result = await dispatch({ brandline: 1, type: 'plans.import', payload: { text: EXAMPLE_TEXT, locale: 'de' } }, { id: OWN }, OWN, handlers);
    expect(result.ok ? 'accepted' : result.error.issues?.map((i) => i.path)).toEqual(['locale']);
  });
});

/** Two editors (two tabs, or one left open) hold what plans.get answered when they opened. */
describe('two tabs: a save never overwrites what it has not seen (QA15)', () => {
  type Raw = Record<string, unknown> & { identity: { mission: string }; moderation: { escalation: string } };
  async function opened(id: string) {
    const got = await call('plans.get', { id });
    if (!got.ok) throw new Error(got.error.message);
    return { raw: structuredClone(got.value.raw) as Raw, updatedAt: got.value.updatedAt };
  }
  const stored = async (id: string) => {
    const got = await call('plans.get', { id });
    return got.ok ? (got.value.raw as Raw) : undefined;
  };

  beforeEach(async () => {
    expect((await call('plans.import', { text: EXAMPLE_TEXT })).ok).toBe(true);
  });

  it('a save from an editor opened before another save is refused as a conflict; nothing changes', async () => {
    const a = await opened('nordlys-coffee');
    const b = await opened('nordlys-coffee');
    b.raw.identity.mission = 'Edited in tab B';
    expect((await call('plans.save', { raw: b.raw, replaces: 'nordlys-coffee', baseUpdatedAt: b.updatedAt })).ok).toBe(true);
    a.raw.moderation.escalation = 'Edited in tab A';
    const refused = await call('plans.save', { raw: a.raw, replaces: 'nordlys-coffee', baseUpdatedAt: a.updatedAt });
    expect(refused.ok ? 'saved' : refused.error.code).toBe('conflict');
    expect((await stored('nordlys-coffee'))?.identity.mission).toBe('Edited in tab B');
    // The user who chose to keep their version saves without a base: that is an overwrite on purpose.
    expect((await call('plans.save', { raw: a.raw, replaces: 'nordlys-coffee' })).ok).toBe(true);
    expect((await stored('nordlys-coffee'))?.moderation.escalation).toBe('Edited in tab A');
  });

  it('a stale editor cannot bring back a plan renamed or deleted in another tab', async () => {
    const a = await opened('nordlys-coffee');
    const b = await opened('nordlys-coffee');
    expect((await call('plans.save', { raw: { ...b.raw, id: 'nordlys' }, replaces: 'nordlys-coffee', baseUpdatedAt: b.updatedAt })).ok).toBe(true);
    const refused = await call('plans.save', { raw: a.raw, replaces: 'nordlys-coffee', baseUpdatedAt: a.updatedAt });
    expect(refused.ok ? 'saved' : refused.error.code).toBe('conflict');
    const list = await call('plans.list', {});
    expect(list.ok && list.value.plans.map((p) => p.id)).toEqual(['nordlys']);
  });

  it('two renames to the same id at once: one is refused, no plan is lost', async () => {
    for (const name of ['Alpha', 'Beta']) expect((await call('plans.create', { name })).ok).toBe(true);
    const alpha = await opened('alpha');
    const beta = await opened('beta');
    const results = await Promise.all([
      call('plans.save', { raw: { ...alpha.raw, id: 'brand' }, replaces: 'alpha', baseUpdatedAt: alpha.updatedAt }),
      call('plans.save', { raw: { ...beta.raw, id: 'brand', name: 'Beta renamed' }, replaces: 'beta', baseUpdatedAt: beta.updatedAt }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const list = await call('plans.list', {});
    expect(list.ok && list.value.plans).toHaveLength(3);
  });

  it('two creates of one name at once give two plans', async () => {
    const [one, two] = await Promise.all([call('plans.create', { name: 'Gamma' }), call('plans.create', { name: 'Gamma' })]);
    expect([one.ok && one.value.id, two.ok && two.value.id].sort()).toEqual(['gamma', 'gamma-2']);
  });

  it('undo of a delete refuses to replace a plan made since with the same id, and keeps channels chosen since', async () => {
    const deleted = await call('plans.delete', { id: 'nordlys-coffee' });
    if (!deleted.ok) throw new Error(deleted.error.message);
    const again = await call('plans.create', { name: 'Nordlys Coffee' });
    expect(again.ok && again.value.id).toBe('nordlys-coffee');
    const refused = await call('plans.restore', deleted.value);
    expect(refused.ok ? 'restored' : refused.error.code).toBe('conflict');
    expect((await stored('nordlys-coffee'))?.identity).toBeUndefined();

    // Without a clash it comes back, on the channels nobody has chosen another plan for since.
    expect((await call('plans.create', { name: 'Other' })).ok).toBe(true);
    expect((await call('plans.setActive', { channel: 'x', id: 'other' })).ok).toBe(true);
    expect((await call('plans.delete', { id: 'nordlys-coffee' })).ok).toBe(true);
    expect((await call('plans.restore', deleted.value)).ok).toBe(true);
    const after = await call('plans.list', {});
    expect(after.ok && after.value.active).toEqual({ x: 'other', facebook: 'nordlys-coffee', instagram: 'nordlys-coffee' });
    expect((await stored('nordlys-coffee'))?.identity.mission).toBe((JSON.parse(EXAMPLE_TEXT) as Raw).identity.mission);
  });
});

describe('a save that leaves stored campaign results without their campaign says so (QA15)', () => {
  type Raw = { campaigns: { id: string; name: string }[] };
  beforeEach(async () => {
    expect((await call('plans.import', { text: EXAMPLE_TEXT })).ok).toBe(true);
  });
  const saveWith = async (change: (raw: Raw) => void) => {
    const got = await call('plans.get', { id: 'nordlys-coffee' });
    if (!got.ok) throw new Error(got.error.message);
    const raw = structuredClone(got.value.raw) as Raw;
    change(raw);
    const saved = await call('plans.save', { raw, replaces: 'nordlys-coffee', baseUpdatedAt: got.value.updatedAt });
    if (!saved.ok) throw new Error(saved.error.message);
    return saved.value.unmatchedCampaigns;
  };

  it('names the campaign whose id was edited, and only when results are stored for it', async () => {
    expect(await saveWith((raw) => (raw.campaigns[0]!.id = 'winter-blend-2027'))).toBeUndefined();
    expect((await call('metrics.log', { kind: 'campaign', record: { campaignId: 'winter-blend-2027', date: '2027-01-10', spend: 500 } })).ok).toBe(true);
    // Renamed while results are stored under the id: named, by the id the results are under.
    expect(await saveWith((raw) => (raw.campaigns[0]!.id = 'winter-2027'))).toEqual(['winter-blend-2027']);
    // Back: nothing is unmatched (the id claims its results again).
    expect(await saveWith((raw) => (raw.campaigns[0]!.id = 'winter-blend-2027'))).toBeUndefined();
    // Other edits say nothing; removing the campaign names it.
    expect(await saveWith((raw) => (raw.campaigns[0]!.name = 'Winter launch'))).toBeUndefined();
    expect(await saveWith((raw) => raw.campaigns.splice(0, 1))).toEqual(['winter-blend-2027']);
  });
});

describe('stored plans are read with this version\'s defaults (QA15)', () => {
  it('a default stored with an older version (a platform limit) is not taken for the user\'s own', async () => {
    expect((await call('plans.import', { text: EXAMPLE_TEXT })).ok).toBe(true);
    const db = await store.db();
    const stored = (await db.plans.get('nordlys-coffee'))!;
    const raw = structuredClone(stored.raw) as { channels: { x: Record<string, unknown> } };
    delete raw.channels.x.maxLength;
    // As an older version would have stored it: the file without a limit, the plan with its old default.
    await db.plans.put({ ...stored, raw, plan: { ...stored.plan, channels: { ...stored.plan.channels, x: { ...stored.plan.channels.x, maxLength: 140 } } } });
    const active = await call('plans.active', { channel: 'x' });
    expect(active.ok && active.value.plan.channels.x.maxLength).toBe(280);
    // A limit the user wrote stays theirs.
    raw.channels.x.maxLength = 200;
    await db.plans.put({ ...stored, raw, updatedAt: stored.updatedAt + 1 });
    const again = await call('plans.active', { channel: 'x' });
    expect(again.ok && again.value.plan.channels.x.maxLength).toBe(200);
  });
});
