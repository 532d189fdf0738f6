/**
 * For the worker's tests: a fresh store and handlers for every test (their own fake IndexedDB
 * database), and `call` / `ok` that send a message the way Brandline's pages do, through
 * `dispatch` with the sender checks. Not part of the extension: only test files import it.
 */
import { afterEach, beforeEach } from 'vitest';
import type { MessageType, RequestOf, ResponseOf, Result } from '../messaging/protocol';
import { dispatch, type Handlers } from '../messaging/server';
import { createHandlers } from './handlers';
import { BackgroundStore } from './store';

export const OWN = 'test-extension-id';

export function workerHarness(name: string) {
  let n = 0;
  const current: { store?: BackgroundStore; handlers?: Handlers } = {};
  beforeEach(() => {
    current.store = new BackgroundStore(`${name}-${n++}`);
    current.handlers = createHandlers(current.store);
  });
  afterEach(() => current.store?.close());
  const call = <K extends MessageType>(type: K, payload: RequestOf<K>): Promise<Result<ResponseOf<K>>> =>
    dispatch({ brandline: 1, type, payload }, { id: OWN }, OWN, current.handlers!) as Promise<Result<ResponseOf<K>>>;
  const ok = async <K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> => {
    const result = await call(type, payload);
    if (!result.ok) throw new Error(`${type} failed: ${result.error.message}`);
    return result.value;
  };
  return { call, ok, store: () => current.store!, handlers: () => current.handlers! };
}
