import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removalFixes } from '../rules/kinds/removal';
import { applyFix, fixesOverlap } from './apply-fix';
import { fixAllChanges } from './fix-all';
import type { Fix } from './types';

const tags = (text: string) => [...text.matchAll(/(?<=^|[\s,.])#bad(?![\w#])/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** The text after "Fix all" removes every #bad (changes go in last first, as the controller does). */
function fixAll(text: string): string {
  return fixAllChanges(text, removalFixes(text, tags(text))).reduce(applyFix, text);
}

describe('fixAllChanges', () => {
  it.each([
    ['a line of banned tags only goes with its break', 'Text\n#bad #bad\nMore', 'Text\nMore'],
    ['…also when it opens the text', '#bad #bad\nMore', 'More'],
    ['…also when it ends the text', 'Text\n#bad #bad', 'Text'],
    ['…and keeps a paragraph break', 'Text\n\n#bad  #bad\n\nMore', 'Text\n\nMore'],
    ['a paragraph of tag lines keeps one paragraph break', 'Text\n\n#bad\n#bad\n\nMore', 'Text\n\nMore'],
    ['…of three lines', 'Text\n\n#bad\n#bad\n#bad\n\nMore', 'Text\n\nMore'],
    ['tag lines under a paragraph keep it apart from the next', 'Text\n\n#bad\n#bad\nMore', 'Text\n\nMore'],
    ['tag lines on top of a paragraph', 'Text\n#bad\n#bad\n\nMore', 'Text\n\nMore'],
    ['one tag line as before', 'Text\n#bad\nMore', 'Text\nMore'],
    ['tags inside a line as before', 'Text #bad more #bad\nMore', 'Text more\nMore'],
    ['a trailing break after an inline tag stays', 'Text #bad\n', 'Text\n'],
    ['leading empty lines of the user stay', '\n#bad #bad\nMore', '\nMore'],
    ['an indented line of tags goes with its spaces (rev33)', 'Text\n  #bad #bad\nMore', 'Text\nMore'],
    ['an indented line that keeps a word keeps its indent', 'Text\n  #bad word\nMore', 'Text\n  word\nMore'],
    ['tag paragraphs apart that open the text', '#bad\n\n\n\n#bad\n\nMore', 'More'],
    ['a tag glued to a word, and a tag paragraph ending the text', '#bad#bad #bad\n\n\n#bad ', '#bad#bad'],
    ['a tag paragraph and a tag line under it, apart', 'Text\n\n#bad\n\n#bad\nMore', 'Text\n\nMore'],
  ])('%s', (_, text, fixed) => {
    expect(fixAll(text)).toBe(fixed);
  });

  it('a gap before another change at the end is no end of the text: the break before the appended tag stays (rev33)', () => {
    const text = 'Fresh roast\n#bad #bad\n';
    const append: Fix = { start: text.length, end: text.length, text: '#NordlysCoffee' };
    const changes = fixAllChanges(text, [...removalFixes(text, tags(text)), append]);
    expect(changes.reduce(applyFix, text)).toBe('Fresh roast\n#NordlysCoffee');
  });

  it('text appended where a deletion emptied the last line starts that line, not indented', () => {
    const text = 'Fresh roast\n#bad #bad';
    const append: Fix = { start: text.length, end: text.length, text: ' #NordlysCoffee' };
    expect(fixAllChanges(text, [...removalFixes(text, tags(text)), append]).reduce(applyFix, text)).toBe('Fresh roast\n#NordlysCoffee');
  });

  it.each([
    ['Fresh roast\n#bad ', 'Fresh roast\n#NordlysCoffee'],
    ['Fresh roast\n#bad\n', 'Fresh roast\n#NordlysCoffee'],
    ['Fresh roast #bad ', 'Fresh roast #NordlysCoffee'],
  ])('text appended after a removal that took the break or space before it stays apart from the word: %j (rev34)', (text, fixed) => {
    const append: Fix = { start: text.length, end: text.length, text: '#NordlysCoffee' };
    expect(fixAllChanges(text, [...removalFixes(text, tags(text)), append]).reduce(applyFix, text)).toBe(fixed);
  });

  it('leaves changes that are not deletions, and deletions that do not meet, as they were', () => {
    const fixes: Fix[] = [
      { start: 0, end: 4, text: 'Nordlys' },
      { start: 10, end: 14, text: '' },
    ];
    expect(fixAllChanges('Nordly er\n\n#bad\n\nbest', fixes)).toEqual([...fixes].reverse());
  });

  it('never overlaps, stays inside the text, and never makes a run of breaks longer than the text had', () => {
    const longestRun = (s: string) => Math.max(0, ...(s.match(/\n+/g) ?? []).map((r) => r.length));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('#bad', '#bad', 'Text', 'word', ' ', '  ', '\n', '\n', '\n\n', ',', '\t'), { minLength: 1, maxLength: 14 }).map((p) => p.join('')),
        (text) => {
          const changes = fixAllChanges(text, removalFixes(text, tags(text)));
          for (const c of changes) expect(0 <= c.start && c.start <= c.end && c.end <= text.length).toBe(true);
          for (let i = 1; i < changes.length; i++) expect(fixesOverlap(changes[i - 1]!, changes[i]!)).toBe(false);
          const out = changes.reduce(applyFix, text);
          expect(longestRun(out), JSON.stringify([text, out])).toBeLessThanOrEqual(longestRun(text));
          if (!text.startsWith('\n')) expect(out.startsWith('\n'), JSON.stringify([text, out])).toBe(false);
          if (!text.endsWith('\n')) expect(out.endsWith('\n'), JSON.stringify([text, out])).toBe(false);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
