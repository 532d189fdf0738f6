import { describe, expect, it, vi } from 'vitest';
import { memoLast } from './memo';

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
