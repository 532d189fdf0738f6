import { BrandlineDb, DB_NAME } from './database';
import { StorageError, asStorageError } from './errors';

/**
 * Opens the database, turning a blocked upgrade (an older Brandline still holds the database
 * open) and other open failures into a StorageError instead of a promise that never settles.
 */
export async function openDatabase(name = DB_NAME, blockedTimeoutMs = 5_000): Promise<BrandlineDb> {
  const db = new BrandlineDb(name);
  let onBlocked: (() => void) | undefined;
  const blocked = new Promise<never>((_, reject) => {
    onBlocked = () => {
      // A blocked upgrade may still proceed once the other connection closes; give it a moment.
      setTimeout(() => {
        if (!db.isOpen())
          reject(new StorageError('blocked', 'The Brandline database upgrade is blocked by another open Brandline page or an older version. Close other Brandline tabs and try again.'));
      }, blockedTimeoutMs);
    };
  });
  db.on('blocked', () => onBlocked?.());
  try {
    await Promise.race([db.open(), blocked]);
    return db;
  } catch (error) {
    db.close();
    throw asStorageError(error) ?? error;
  }
}
