import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/types';
import { countersFor, groupBySeverity } from './counters';

const stats = { length: 250, limit: 280, hashtags: 3, mentions: 1, emoji: 2, links: 0 };
const plan = {
  channels: {
    x: { hashtags: { max: 2, required: [], banned: [] }, mentions: { max: 2 }, emoji: {} },
    facebook: { hashtags: { required: [], banned: [] }, mentions: {}, emoji: { max: 3 } },
    instagram: { hashtags: { max: 10, required: [], banned: [] }, mentions: {}, emoji: {} },
  },
} as unknown as Plan;

describe('countersFor', () => {
  it('X shows characters left and the plan caps', () => {
    expect(countersFor(stats, 'x', plan)).toEqual([
      { id: 'length', used: 250, allowed: 280, left: 30, over: false },
      { id: 'hashtags', used: 3, allowed: 2, over: true },
      { id: 'emoji', used: 2, over: false },
      { id: 'mentions', used: 1, allowed: 2, over: false },
    ]);
  });

  it('Instagram caps hashtags at the platform limit even when the plan allows more', () => {
    const [, hashtags, , mentions] = countersFor({ ...stats, hashtags: 6 }, 'instagram', plan);
    expect(hashtags).toEqual({ id: 'hashtags', used: 6, allowed: 5, over: true });
    expect(mentions).toEqual({ id: 'mentions', used: 1, allowed: 20, over: false });
  });

  it('without a plan only the platform limits count', () => {
    expect(countersFor(stats, 'facebook', undefined).map((c) => c.allowed)).toEqual([280, undefined, undefined, undefined]);
  });
});

describe('groupBySeverity', () => {
  it('orders errors, warnings, info and drops empty groups', () => {
    const groups = groupBySeverity([
      { severity: 'info' as const, id: 1 },
      { severity: 'error' as const, id: 2 },
      { severity: 'info' as const, id: 3 },
    ]);
    expect(groups.map((g) => [g.severity, g.findings.map((f) => f.id)])).toEqual([
      ['error', [2]],
      ['info', [1, 3]],
    ]);
  });
});
