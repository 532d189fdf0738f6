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
