import { describe, expect, it, vi } from 'vitest';
import { memoLast, memoRecent } from './memo';

describe('memoLast', () => {
  const plan = { name: 'a' };
  it.each([
    { name: 'same text and plan', calls: [['hi', plan], ['hi', plan]], runs: 1 },
    { name: 'text changed', calls: [['hi', plan], ['hi!', plan]], runs: 2 },
    { name: 'plan replaced by an equal copy', calls: [['hi', plan], ['hi', { name: 'a' }]], runs: 2 },
    { name: 'back to an older text (only the last call is kept)', calls: [['a', plan], ['b', plan], ['a', plan]], runs: 3 },
    { name: 'undefined plan twice', calls: [['x', undefined], ['x', undefined]], runs: 1 },
  ] as { name: string; calls: [string, object | undefined][]; runs: number }[])('$name: runs $runs time(s)', ({ calls, runs }) => {
    const fn = vi.fn((text: string, p: object | undefined) => `${text}:${p ? 'plan' : 'none'}`);
    const memo = memoLast(fn);
    for (const [text, p] of calls) expect(memo(text, p)).toBe(fn.getMockImplementation()!(text, p));
    expect(fn).toHaveBeenCalledTimes(runs);
  });
});

describe('memoRecent', () => {
  it('keeps the last few keys, dropping the least recently used', () => {
    const calls: string[] = [];
    const f = memoRecent((key: string) => {
      calls.push(key);
      return key.length;
    }, 3);
    // A reply box: draft, answered comment, draft again (summary), then the next draft…
    for (const key of ['d1', 'reply', 'd1', 'd12', 'reply', 'd12', 'd123', 'reply', 'd123']) f(key);
    expect(calls).toEqual(['d1', 'reply', 'd12', 'd123']);
    f('d1');
    expect(calls).toEqual(['d1', 'reply', 'd12', 'd123', 'd1']);
  });
});
