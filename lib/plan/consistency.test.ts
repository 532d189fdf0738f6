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

  it('says nothing about a preferred term that holds the word it replaces (rev31 F1)', () => {
    expect(planNotes(plan({ preferred: [{ use: 'Nordlys app', insteadOf: ['app'] }, { use: 'Nordlys-appen', insteadOf: ['appen'] }] }))).toEqual([]);
  });

  it('names a suggestion the plan bans, and two fixes that undo each other (QA22)', () => {
    const notes = planNotes(
      plan({
        banned: [{ term: 'cheap', suggest: 'good value' }, { term: 'good value', suggest: 'fair price' }],
        preferred: [{ use: 'good value', insteadOf: ['fair price'] }],
      }),
    );
    expect(notes.map((n) => n.path)).toEqual(['terms.banned[0].suggest', 'terms.banned[1].suggest', 'terms.preferred[0].use']);
    expect(notes[0]!.message).toBe('the suggestion "good value" is flagged by the plan itself: Avoid "good value". Say "fair price". No fix: the plan flags "fair price" too.');
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

  it('names a pacing goal for a campaign the plan does not list, with the id it likely meant (QA22, rev26)', () => {
    const campaign = { name: 'C', channel: 'x', budget: 1, currency: 'NOK', start: '2027-01-01', end: '2027-01-31' };
    const goal = { channel: 'all', target: 1, due: '2027-06-30' };
    const result = parsePlan({
      schema: 'brandline/plan@1',
      id: 'p',
      name: 'P',
      campaigns: [{ ...campaign, id: 'camp-19-x' }, { ...campaign, id: 'camp-20-x' }],
      goals: [{ ...goal, id: 'a', kpi: 'budgetPacing.camp-19-x' }, { ...goal, id: 'b', kpi: 'budgetPacing.camp-99-x' }, { ...goal, id: 'c', kpi: 'budgetPacing.autumn' }],
    });
    // Valid: a plan with such a goal loads, restores and checks as before.
    if (!result.ok) throw new Error('the plan does not parse');
    expect(planNotes(result.plan)).toEqual([
      { path: 'goals[1].kpi', message: 'no campaign of this plan has the id "camp-99-x", so this goal has no data (did you mean "budgetPacing.camp-19-x"?)' },
      { path: 'goals[2].kpi', message: 'no campaign of this plan has the id "autumn", so this goal has no data' },
    ]);
    expect(planNotes(plan({}))).toEqual([]);
  });
});
