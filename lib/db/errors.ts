/**
 * Storage failures the user must hear about. Dexie reports them under several names (and
 * sometimes wraps the DOMException in `inner`); this maps them to a few reasons the UI can
 * explain, instead of letting them vanish into the console.
 */
export type StorageFailure = 'quota' | 'blocked' | 'version' | 'failed';

export class StorageError extends Error {
  constructor(
    readonly reason: StorageFailure,
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

const NAMES: Record<string, StorageFailure> = {
  QuotaExceededError: 'quota',
  VersionError: 'version',
  UpgradeError: 'version',
  OpenFailedError: 'failed',
  DatabaseClosedError: 'failed',
  InvalidStateError: 'failed',
  AbortError: 'failed',
};

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    current = (current as { inner?: unknown }).inner;
  }
  return names;
}

/** A StorageError for a database failure, or undefined when the error is not one. */
export function asStorageError(error: unknown): StorageError | undefined {
  if (error instanceof StorageError) return error;
  const names = namesOf(error);
  const text = error instanceof Error ? error.message : String(error);
  // A quota error is often wrapped in an AbortError of the transaction: the cause wins.
  const reasons = names.map((n) => NAMES[n]);
  const reason = /quota/i.test(text) || reasons.includes('quota') ? 'quota' : reasons.find((r) => r !== undefined);
  if (!reason) return undefined;
  const prefix =
    reason === 'quota'
      ? 'The browser has no room left for Brandline data (storage quota exceeded). Nothing was saved.'
      : reason === 'version'
        ? 'The Brandline database could not be upgraded. Your data was left as it was.'
        : 'The Brandline database could not be used.';
  return new StorageError(reason, `${prefix} (${names[0] ?? 'Error'}: ${text})`);
}
