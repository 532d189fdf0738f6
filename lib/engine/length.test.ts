import { describe, expect, it } from 'vitest';
import conformance from './fixtures/twitter-text-weighted.json';
import { measureLength } from './length';
import { xWeightedLength } from './x-length';

interface ConformanceCase {
  description: string;
  text: string;
  expected: { weightedLength: number; valid: boolean; validRangeEnd?: number };
}

// X counts with twitter-text's v3 config; the v2 section predates emoji discounting.
const v3Sections = Object.entries(conformance.sections).filter(([, s]) => s.config === 'version3');

describe('X weighted length (twitter-text v3 conformance, copied into fixtures/)', () => {
  it('has the sections to run', () => {
    expect(v3Sections.map(([name]) => name).sort()).toEqual(['UnicodeDirectionalMarkerCounterTest', 'WeightedTweetsWithDiscountedEmojiCounterTest']);
    expect(v3Sections.reduce((n, [, s]) => n + s.cases.length, 0)).toBe(24);
  });

  for (const [section, { cases }] of v3Sections) {
    describe(section, () => {
      it.each((cases as ConformanceCase[]).map((c) => [c.description, c] as const))('%s', (_name, c) => {
        expect(xWeightedLength(c.text).weightedLength).toBe(c.expected.weightedLength);
        const measured = measureLength(c.text, 'x', 280);
        expect(measured.length).toBe(c.expected.weightedLength);
        expect(measured.overflowAt === undefined).toBe(c.expected.weightedLength <= 280);
        if (!c.expected.valid && c.expected.validRangeEnd !== undefined && c.expected.weightedLength > 280) {
          expect(measured.overflowAt).toBe(c.expected.validRangeEnd + 1);
        }
      });
    });
  }
});

describe('measureLength', () => {
  it.each([
    ['x', 'abc', 3],
    ['x', 'https://nordlyscoffee.no/a-very-long-path-that-is-still-23', 23],
    ['x', 'nordlyscoffee.no', 23],
    ['x', '👍🏽', 2],
    ['x', '👨‍👩‍👧', 2],
    ['x', 'æøå', 3],
    ['x', '日本', 4],
    ['instagram', '👍🏽', 2],
    ['instagram', '👨‍👩‍👧', 5],
    ['facebook', 'nordlyscoffee.no', 16],
    ['facebook', '\uD800x', 2],
  ] as const)('%s counts %j as %i', (channel, text, n) => {
    expect(measureLength(text, channel, 1000).length).toBe(n);
  });

  it('finds the first code point past the limit', () => {
    expect(measureLength('ab😀cd', 'facebook', 3)).toEqual({ length: 5, overflowAt: 4 });
    expect(measureLength('ab😀', 'facebook', 3)).toEqual({ length: 3 });
  });

  it('finds the cut under a plan limit lower than 280 on X', () => {
    expect(measureLength(`${'a'.repeat(99)}😀`, 'x', 100)).toEqual({ length: 101, overflowAt: 99 });
    expect(measureLength(`https://nordlyscoffee.no/${'a'.repeat(500)} ${'b'.repeat(100)}`, 'x', 100)).toEqual({ length: 124, overflowAt: 525 + 1 + 76 });
  });

  it('finds the cut on X in decomposed text, a letter and its accent marked together (rev31 F3)', () => {
    // twitter-text counts "é" once however it is spelt; its validRangeEnd is off by the merges after the cut.
    expect(measureLength(`${'a'.repeat(285)}${'e\u0301'.repeat(5)}`, 'x', 280)).toEqual({ length: 290, overflowAt: 280 });
    expect(measureLength(`${'a'.repeat(279)}${'e\u0301'.repeat(5)}`, 'x', 280)).toEqual({ length: 284, overflowAt: 281 });
    expect(measureLength(`${'a'.repeat(99)}${'e\u0301'.repeat(3)}`, 'x', 100)).toEqual({ length: 102, overflowAt: 101 });
  });

  it('finds the cut in a long X draft quickly (cost follows the cut, not the length)', () => {
    const text = 'x'.repeat(200_000);
    const started = performance.now();
    expect(measureLength(text, 'x', 100).overflowAt).toBe(100);
    // Not a timing assertion on the machine: a bisection over the whole text would parse ~17 × 200k characters.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
