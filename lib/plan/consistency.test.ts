import { describe, expect, it } from 'vitest';
import { planNotes } from './consistency';
import { parsePlan } from './parse';
import type { Plan } from './types';

function plan(terms: unknown): Plan {
  const result = parsePlan({ schema: 'brandline/plan@1', id: 'p', name: 'P', terms });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.plan;
}

describe('planNotes', () => {
  it('says nothing about a plan whose entries agree', () => {
    expect(planNotes(plan({ banned: [{ term: 'cheap', suggest: 'good value' }], preferred: [{ use: 'coffee lovers', insteadOf: ['users'] }], spelling: [{ term: 'Nordlys Coffee' }] }))).toEqual([]);
  });

  it('names a suggestion the plan bans, and two fixes that undo each other (QA22)', () => {
    const notes = planNotes(
      plan({
        banned: [{ term: 'cheap', suggest: 'good value' }, { term: 'good value', suggest: 'fair price' }],
        preferred: [{ use: 'good value', insteadOf: ['fair price'] }],
      }),
    );
    expect(notes.map((n) => n.path)).toEqual(['terms.banned[0].suggest', 'terms.banned[1].suggest', 'terms.preferred[0].use']);
    expect(notes[0]!.message).toBe('the suggestion "good value" is flagged by the plan itself: Avoid "good value". Say "fair price".');
    expect(notes[1]!.message).toMatch(/^the suggestion "fair price" is flagged by the plan itself: Say "good value" instead of "fair price"/);
  });

  it('names a term listed twice, and a banned term that is also a product name', () => {
    const notes = planNotes(
      plan({
        banned: [{ term: 'cheap' }, { term: 'Cheap ', reason: 'again' }, { term: 'polar roast' }],
        preferred: [{ use: 'coffee lovers', insteadOf: ['users'] }, { use: 'guests', insteadOf: ['users'] }],
        spelling: [{ term: 'Polar Roast' }],
      }),
    );
    expect(notes).toEqual([
      { path: 'terms.banned[1]', message: '"Cheap" is also terms.banned[0]; only the first entry is used' },
      { path: 'terms.preferred[1].insteadOf[0]', message: '"users" is also terms.preferred[0].insteadOf[0]; only the first entry is used' },
      { path: 'terms.banned[2]', message: '"polar roast" is banned and also a spelling (terms.spelling[0]); the ban wins' },
    ]);
  });

  it('words the notes in Bokmål', () => {
    const notes = planNotes(plan({ banned: [{ term: 'billig', suggest: 'rimelig' }, { term: 'rimelig' }] }), 'nb');
    expect(notes).toEqual([{ path: 'terms.banned[0].suggest', message: 'forslaget «rimelig» blir selv flagget av planen: Unngå «rimelig».' }]);
  });
});
