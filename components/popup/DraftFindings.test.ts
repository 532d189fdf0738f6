import { describe, expect, it } from 'vitest';
import { composerCount } from './DraftFindings';

const box = (thread?: { position: number; posts: number }) => ({ surface: 'post' as const, text: '', findings: [], ...(thread ? { thread: { ...thread, lacks: [] } } : {}) });

describe('composerCount: the boxes a user would count on the page (review 37 L2)', () => {
  it.each([
    ['nothing in use', [], 0],
    ['one box', [box()], 1],
    ['two comment boxes', [box(), box()], 2],
    ['a thread of three: one post being written', [box({ position: 1, posts: 3 }), box({ position: 0, posts: 3 }), box({ position: 2, posts: 3 })], 1],
    ['a thread of two and a reply box', [box({ position: 1, posts: 2 }), box(), box({ position: 0, posts: 2 })], 2],
  ])('%s', (_name, composers, expected) => {
    expect(composerCount(composers)).toBe(expected);
  });
});
