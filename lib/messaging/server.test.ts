import { describe, expect, it } from 'vitest';
import { StorageError } from '../db/errors';
import { HandlerError, dispatch, type Handlers } from './server';

const OWN = 'own-extension-id';

function handlersWith(overrides: Partial<Handlers>): Handlers {
  return { ping: () => ({ version: '1.0.0', name: 'brandline' as const }), ...overrides } as Handlers;
}

describe('dispatch', () => {
  const handlers = handlersWith({
    'plans.get': ({ id }) => {
      if (id === 'missing') throw new HandlerError('not-found', 'No plan with id "missing".');
      if (id === 'full') throw new StorageError('quota', 'no room');
      if (id === 'wrapped') throw Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: Object.assign(new Error('q'), { name: 'QuotaExceededError' }) });
      if (id === 'bug') throw new TypeError('undefined is not a function');
      return { plan: {} as never, raw: { id }, updatedAt: 1, imported: false };
    },
  });

  const cases: { name: string; message: unknown; senderId?: string; expected: unknown }[] = [
    { name: 'answers a valid request', message: { brandline: 1, type: 'ping', payload: {} }, expected: { ok: true, value: { version: '1.0.0', name: 'brandline' } } },
    { name: 'refuses other extensions and web pages', message: { brandline: 1, type: 'ping', payload: {} }, senderId: 'someone-else', expected: { ok: false, error: { code: 'forbidden-sender' } } },
    { name: 'refuses a sender without id', message: { brandline: 1, type: 'ping', payload: {} }, senderId: '', expected: { ok: false, error: { code: 'forbidden-sender' } } },
    { name: 'refuses what is not a Brandline message', message: { type: 'ping' }, expected: { ok: false, error: { code: 'bad-request' } } },
    { name: 'refuses unknown types', message: { brandline: 1, type: 'plans.nuke', payload: {} }, expected: { ok: false, error: { code: 'unknown-type' } } },
    { name: 'refuses inherited property names as types', message: { brandline: 1, type: 'toString', payload: {} }, expected: { ok: false, error: { code: 'unknown-type' } } },
    { name: 'names the bad field of a payload', message: { brandline: 1, type: 'plans.get', payload: { id: 7 } }, expected: { ok: false, error: { code: 'bad-request', message: expect.stringContaining('plans.get: id') } } },
    { name: 'refuses extra payload fields', message: { brandline: 1, type: 'plans.get', payload: { id: 'a', admin: true } }, expected: { ok: false, error: { code: 'bad-request' } } },
    { name: 'passes handler refusals on', message: { brandline: 1, type: 'plans.get', payload: { id: 'missing' } }, expected: { ok: false, error: { code: 'not-found', message: 'No plan with id "missing".' } } },
    { name: 'reports storage errors with their reason', message: { brandline: 1, type: 'plans.get', payload: { id: 'full' } }, expected: { ok: false, error: { code: 'storage', reason: 'quota' } } },
    { name: 'unwraps Dexie quota errors', message: { brandline: 1, type: 'plans.get', payload: { id: 'wrapped' } }, expected: { ok: false, error: { code: 'storage', reason: 'quota' } } },
    { name: 'reports crashes as internal', message: { brandline: 1, type: 'plans.get', payload: { id: 'bug' } }, expected: { ok: false, error: { code: 'internal', message: 'undefined is not a function' } } },
  ];

  it.each(cases)('$name', async ({ message, senderId, expected }) => {
    const result = await dispatch(message, { id: senderId ?? OWN }, OWN, handlers);
    expect(result).toMatchObject(expected as object);
  });

  it('lets a content script (a sender on a web page) ask only for the plan of its channel', async () => {
    const page = { id: OWN, url: 'https://x.com/compose/post', tab: { id: 3 } as never };
    const own = { id: OWN, url: `chrome-extension://${OWN}/options.html`, tab: { id: 4 } as never };
    const firefox = { id: OWN, url: 'moz-extension://5f0c-uuid/popup.html' };
    const erase = { brandline: 1, type: 'data.erase', payload: {} };
    expect(await dispatch(erase, page, OWN, handlersWith({ 'data.erase': () => ({}) as never }))).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await dispatch(erase, own, OWN, handlersWith({ 'data.erase': () => ({}) as never }))).toMatchObject({ ok: true });
    expect(await dispatch(erase, firefox, OWN, handlersWith({ 'data.erase': () => ({}) as never }))).toMatchObject({ ok: true });
    const active = { brandline: 1, type: 'plans.active', payload: { channel: 'x' } };
    expect(await dispatch(active, page, OWN, handlersWith({ 'plans.active': () => ({ planId: null }) as never }))).toMatchObject({ ok: true });
    // Only its own channel's: a script on x.com has no business with the Instagram plan (rev23).
    const other = { brandline: 1, type: 'plans.active', payload: { channel: 'instagram' } };
    expect(await dispatch(other, page, OWN, handlersWith({ 'plans.active': () => ({ planId: null }) as never }))).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await dispatch(active, { ...page, url: 'https://mobile.twitter.com/home' }, OWN, handlersWith({ 'plans.active': () => ({ planId: null }) as never }))).toMatchObject({ ok: true });
    expect(await dispatch(other, { ...page, url: 'https://www.instagram.com/p/1/' }, OWN, handlersWith({ 'plans.active': () => ({ planId: null }) as never }))).toMatchObject({ ok: true });
    // Brandline's own pages (the popup) ask for any channel.
    expect(await dispatch(other, own, OWN, handlersWith({ 'plans.active': () => ({ planId: null }) as never }))).toMatchObject({ ok: true });
  });

  it('lists every invalid field of a metrics batch by path', async () => {
    const payload = { fileName: 'x.csv', kind: 'followers', data: { snapshots: [{ channel: 'myspace', date: '2027-1-1', followers: 'many' }], posts: [], sessions: [], campaignResults: [] } };
    const result = await dispatch({ brandline: 1, type: 'metrics.store', payload }, { id: OWN }, OWN, handlers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues?.map((i) => i.path).sort()).toEqual(['data.snapshots.0.channel', 'data.snapshots.0.date', 'data.snapshots.0.followers']);
  });
});
