import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixesOverlap } from '../../engine/apply-fix';
import type { Fix } from '../../engine/types';
import { laughterSpans } from '../../tone/laughter';
import { laughRemoval } from './laugh-removal';
import { disjointRemovals, removalFixes } from './removal';

/** Fixes of one rule never overlap (check.ts would drop the later one) and stay inside the text (rev32). */
function expectSound(text: string, fixes: readonly Fix[]) {
  for (const f of fixes) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThanOrEqual(f.end);
  }
  for (let i = 1; i < fixes.length; i++) expect(fixesOverlap(fixes[i - 1]!, fixes[i]!), JSON.stringify([text, fixes[i - 1], fixes[i]])).toBe(false);
}

const drafts = (words: string[]) => fc.array(fc.constantFrom(...words, ' ', '  ', '\n', '\n', '\n\n', ',', '.', '\t'), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''));

describe('removal fixes never overlap', () => {
  it('banned hashtags in any layout of lines, paragraphs and spaces', () => {
    fc.assert(
      fc.property(drafts(['#bad', '#bad', 'Text', 'word']), (text) => {
        const pieces = [...text.matchAll(/(?<=^|[\s,.])#bad(?![\w#])/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
        expectSound(text, removalFixes(text, pieces));
      }),
      { numRuns: 5000 },
    );
  });

  it('laughs in a reply in any layout', () => {
    fc.assert(
      fc.property(drafts(['lol', 'haha', 'Lol', '😂', 'Sorry', 'we']), (text) => {
        expectSound(text, disjointRemovals(text, laughterSpans(text).map(({ start, end }) => laughRemoval(text, start, end))));
      }),
      { numRuns: 5000 },
    );
  });
});
