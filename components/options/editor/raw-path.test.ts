import { describe, expect, it } from 'vitest';
import { appendAt, errorsByPath, errorsWithItems, fieldId, getAt, moveAt, pathKey, setAt } from './raw-path';

const PLAN = { id: 'a', channels: { x: { hashtags: { max: 2, required: ['#a'] } } }, goals: [{ id: 'g1' }, { id: 'g2' }] };

describe('raw plan paths', () => {
  it.each([
    { path: ['id'], value: 'a' },
    { path: ['channels', 'x', 'hashtags', 'max'], value: 2 },
    { path: ['goals', 1, 'id'], value: 'g2' },
    { path: ['channels', 'facebook', 'hashtags'], value: undefined },
    { path: ['id', 'deeper'], value: undefined },
  ])('reads $path', ({ path, value }) => {
    expect(getAt(PLAN, path)).toEqual(value);
  });

  it.each([
    { name: 'sets a nested value', path: ['channels', 'x', 'hashtags', 'max'], value: 3, expected: { ...PLAN, channels: { x: { hashtags: { max: 3, required: ['#a'] } } } } },
    { name: 'creates missing objects', path: ['channels', 'instagram', 'emoji', 'max'], value: 4, expected: { ...PLAN, channels: { ...PLAN.channels, instagram: { emoji: { max: 4 } } } } },
    { name: 'removes a key set to undefined', path: ['channels', 'x', 'hashtags', 'max'], value: undefined, expected: { ...PLAN, channels: { x: { hashtags: { required: ['#a'] } } } } },
    { name: 'removes a list item', path: ['goals', 0], value: undefined, expected: { ...PLAN, goals: [{ id: 'g2' }] } },
    { name: 'edits inside a list item', path: ['goals', 1, 'target'], value: 5, expected: { ...PLAN, goals: [{ id: 'g1' }, { id: 'g2', target: 5 }] } },
    { name: 'removes a group whose last field is cleared', path: ['channels', 'x', 'hashtags', 'max'], value: undefined, plan: { channels: { x: { hashtags: { max: 2 } } } }, expected: { channels: { x: {} } } },
    { name: 'keeps a channel whose last rule is cleared (it names the channel)', path: ['channels', 'x', 'emoji'], value: undefined, plan: { channels: { x: { emoji: { max: 1 } } } }, expected: { channels: { x: {} } } },
    { name: 'keeps a list item whose last field is cleared', path: ['goals', 0, 'id'], value: undefined, plan: { goals: [{ id: 'g1' }] }, expected: { goals: [{}] } },
  ])('$name without touching the original', ({ path, value, expected, plan = PLAN }: { path: (string | number)[]; value: unknown; expected: unknown; plan?: unknown }) => {
    const before = structuredClone(plan);
    expect(setAt(plan, path, value)).toEqual(expected);
    expect(plan).toEqual(before);
  });

  it('appends and moves list items', () => {
    const added = appendAt(PLAN, ['goals'], { id: 'g3' });
    expect(getAt(added, ['goals', 2])).toEqual({ id: 'g3' });
    expect(getAt(appendAt({}, ['audiences'], { id: 'a' }), ['audiences'])).toEqual([{ id: 'a' }]);
    expect(getAt(moveAt(added, ['goals'], 2, -2), ['goals'])).toEqual([{ id: 'g3' }, { id: 'g1' }, { id: 'g2' }]);
    expect(moveAt(added, ['goals'], 0, -1)).toBe(added);
  });

  it('names paths the way plan errors do', () => {
    expect(pathKey(['terms', 'banned', 0, 'term'])).toBe('terms.banned[0].term');
    expect(fieldId(['terms', 'banned', 0, 'term'])).toBe('plan-terms-banned-0-term');
  });

  it('keys errors by path without repeating the path', () => {
    const map = errorsByPath([
      { path: 'channels.instagram.hashtags.max', message: 'channels.instagram.hashtags.max: expected a number, got "five"' },
      { path: 'channels.instagram.hashtags.max', message: 'channels.instagram.hashtags.max: expected at most 5' },
      { path: '', message: 'not valid JSON: unexpected end at line 1, column 3' },
    ]);
    expect(map.get('channels.instagram.hashtags.max')).toBe('expected a number, got "five"; expected at most 5');
    expect(map.get('')).toBe('not valid JSON: unexpected end at line 1, column 3');
  });
});

describe('errorsWithItems', () => {
  const errors = new Map([
    ['channels.x.hashtags.required', 'expected a list'],
    ['channels.x.hashtags.required[1]', 'no spaces'],
    ['channels.x.hashtags.requiredX', 'unknown key'],
  ]);
  it.each([
    { key: 'channels.x.hashtags.required', text: 'expected a list; [1]: no spaces' },
    { key: 'channels.x.hashtags.banned', text: undefined },
  ])('$key', ({ key, text }) => {
    expect(errorsWithItems(errors, key)).toBe(text);
  });
  it('names an item by what the field shows for it', () => {
    expect(errorsWithItems(errors, 'channels.x.hashtags.required', (i) => ['#a', '#two words'][i]!)).toBe('expected a list; #two words: no spaces');
  });
});
