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

  it.each([
    ['Fresh roast\n\n#bad\n#bad', 'Fresh roast\n\n#NordlysCoffee'],
    ['Fresh roast\n\n#bad\n\n', 'Fresh roast\n\n#NordlysCoffee'],
    ['Fresh roast\n\n#bad #bad\n', 'Fresh roast\n\n#NordlysCoffee'],
    ['Fresh roast\n#bad\n\n', 'Fresh roast\n#NordlysCoffee'],
    ['Fresh roast \n#bad', 'Fresh roast\n#NordlysCoffee'],
    ['Fresh roast\r\n#bad', 'Fresh roast\n#NordlysCoffee'],
    ['Fresh\n\n#bad\n\nroast #bad', 'Fresh\n\nroast #NordlysCoffee'],
    ['  #bad #bad', '#NordlysCoffee'],
  ])('an appended tag takes the place of the removed tags, apart as they were: %j (rev35 M3)', (text, fixed) => {
    const append: Fix = { start: text.length, end: text.length, text: `${/\s$/u.test(text) ? '' : ' '}#NordlysCoffee` };
    expect(fixAllChanges(text, [...removalFixes(text, tags(text)), append]).reduce(applyFix, text)).toBe(fixed);
  });

  it('an insertion that is not at the end keeps its own text (rev35 L3)', () => {
    const text = 'Fresh\n#bad\nroast';
    const [removal] = removalFixes(text, tags(text));
    expect(removal).toEqual({ start: 5, end: 10, text: '' });
    const insert: Fix = { start: 10, end: 10, text: 'X' };
    expect(fixAllChanges(text, [removal!, insert]).reduce(applyFix, text)).toBe('FreshX\nroast');
  });

  it('an appended tag follows the same text as removals alone leave, set apart by one space or by breaks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('#bad', '#bad', 'Text', 'word', ' ', '  ', '\n', '\n', '\n\n', ',', '\t'), { minLength: 1, maxLength: 14 }).map((p) => p.join('')),
        (text) => {
          const fixes = removalFixes(text, tags(text));
          const append: Fix = { start: text.length, end: text.length, text: `${text === '' || /\s$/u.test(text) ? '' : ' '}#NC` };
          const out = fixAllChanges(text, [...fixes, append]).reduce(applyFix, text);
          const alone = fixAllChanges(text, fixes).reduce(applyFix, text);
          const why = JSON.stringify([text, alone, out]);
          expect(out.endsWith('#NC'), why).toBe(true);
          const before = out.slice(0, -3);
          expect(before.trimEnd(), why).toBe(alone.trimEnd());
          if (fixes.length > 0 && fixes[fixes.length - 1]!.end === text.length && before.trim() !== '') expect(before.slice(before.trimEnd().length), why).toMatch(/^(?: |\n+)$/);
        },
      ),
      { numRuns: 3000 },
    );
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
