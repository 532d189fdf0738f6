import { describe, expect, it } from 'vitest';
import { StorageError } from './errors';
import { openDatabase } from './open';

function openRaw(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('openDatabase', () => {
  it('opens at the current version', async () => {
    const db = await openDatabase('open-ok');
    expect(db.isOpen()).toBe(true);
    db.close();
  });

  it('reports an upgrade blocked by an older connection that will not close', async () => {
    // An old page holding version 1 open and ignoring "versionchange" blocks the upgrade.
    const old = await openRaw('open-blocked', 1);
    old.onversionchange = null;
    const error = await openDatabase('open-blocked', 50).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).reason).toBe('blocked');
    old.close();
  });

});
