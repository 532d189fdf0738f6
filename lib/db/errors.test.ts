import { describe, expect, it } from 'vitest';
import { StorageError, asStorageError } from './errors';

function named(name: string, message = 'boom', inner?: unknown): Error {
  const error = new Error(message);
  error.name = name;
  if (inner) Object.assign(error, { inner });
  return error;
}

describe('asStorageError', () => {
  it.each([
    { error: named('QuotaExceededError'), reason: 'quota' },
    { error: named('AbortError', 'aborted', named('QuotaExceededError')), reason: 'quota' },
    { error: new Error('The quota has been exceeded.'), reason: 'quota' },
    { error: named('VersionError'), reason: 'version' },
    { error: named('OpenFailedError', 'cannot open', named('UnknownError')), reason: 'failed' },
    { error: new StorageError('blocked', 'blocked'), reason: 'blocked' },
  ])('maps $error.name to $reason', ({ error, reason }) => {
    expect(asStorageError(error)?.reason).toBe(reason);
  });

  it.each([new TypeError('x is undefined'), 'a string', undefined])('leaves other errors alone: %s', (error) => {
    expect(asStorageError(error)).toBeUndefined();
  });

  it('says that nothing was saved on quota errors', () => {
    expect(asStorageError(named('QuotaExceededError'))?.message).toMatch(/quota.*Nothing was saved/);
  });
});
