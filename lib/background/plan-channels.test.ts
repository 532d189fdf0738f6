import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse';
import { channelsOfPlan, slugify } from './plan-channels';

const BASE = { schema: 'brandline/plan@1', id: 'p', name: 'P' };

describe('channelsOfPlan', () => {
  it.each([
    { name: 'the example plan names all three', raw: JSON.parse(readFileSync('samples/plan.example.json', 'utf8')) as unknown, channels: ['x', 'facebook', 'instagram'] },
    { name: 'a plan naming no channel is for all', raw: BASE, channels: ['x', 'facebook', 'instagram'] },
    { name: 'a plan naming one channel is for that one', raw: { ...BASE, channels: { instagram: {} } }, channels: ['instagram'] },
    { name: 'a disabled channel is left out', raw: { ...BASE, channels: { x: { enabled: false }, facebook: {} } }, channels: ['facebook'] },
    { name: 'disabling every named channel leaves none', raw: { ...BASE, channels: { x: { enabled: false } } }, channels: [] },
  ])('$name', ({ raw, channels }) => {
    const parsed = parsePlan(raw);
    if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
    expect(channelsOfPlan(raw, parsed.plan)).toEqual(channels);
  });
});

describe('slugify', () => {
  it.each([
    ['Nordlys Coffee', 'nordlys-coffee'],
    ['Fjord Bakeri & Kafé', 'fjord-bakeri-kafe'],
    ['Blåbær Ørret Æble', 'blabaer-orret-aeble'],
    ['  --  ', 'plan'],
    ['☕️ Café 2027!', 'cafe-2027'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
