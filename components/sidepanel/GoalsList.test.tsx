import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useDomRoot } from '@/tests/fixtures/dom';
import { examplePlan } from '@/tests/fixtures/metrics/load';
import { smallData } from '@/tests/fixtures/metrics/small-data';
import { buildSnapshot } from '@/lib/metrics/snapshot';
import { GoalsList } from './GoalsList';

const rootOf = useDomRoot();

describe('GoalsList', () => {
  it('folds many goals without data in the range under one line (QA22: a goal per campaign)', () => {
    const plan = examplePlan();
    const quiet = Array.from({ length: 5 }, (_, i) => ({ id: `quiet-${i}`, kpi: 'cpa', channel: 'x' as const, target: 40, due: '2027-06-30' }));
    plan.goals = [...plan.goals, ...quiet];
    const snapshot = buildSnapshot(smallData(), plan, { from: '2027-01-01', to: '2027-01-31', channel: 'all' });
    act(() => render(<GoalsList snapshot={snapshot} locale="en" />, rootOf()));
    const details = rootOf().querySelector('details.sp-goals-quiet')!;
    expect(details).not.toBeNull();
    expect(details.querySelectorAll('[data-goal]')).toHaveLength(5);
    expect(details.hasAttribute('open')).toBe(false);
    // The goals with numbers stay in view.
    expect(rootOf().querySelector('section > ul [data-goal="ig-followers"]')).not.toBeNull();
  });

  it('a range after a goal\'s due date says so: neither on time nor behind (QA29)', () => {
    const plan = examplePlan();
    plan.goals = [
      { id: 'late-met', kpi: 'followers', channel: 'instagram', target: 1, due: '2026-12-31' },
      { id: 'late-missed', kpi: 'followers', channel: 'instagram', target: 10_000_000, due: '2026-12-31' },
      { id: 'due-in-range', kpi: 'followers', channel: 'instagram', target: 10_000_000, due: '2027-01-15' },
    ];
    const snapshot = buildSnapshot(smallData(), plan, { from: '2027-01-01', to: '2027-01-31', channel: 'all' });
    act(() => render(<GoalsList snapshot={snapshot} locale="en" />, rootOf()));
    const status = (id: string) => rootOf().querySelector(`[data-goal="${id}"] strong`)!.textContent;
    // Outside an extension t() gives the key back.
    expect(status('late-met')).toBe('sidepanel_goal_past_due_reached');
    expect(status('late-missed')).toBe('sidepanel_goal_past_due_missed');
    expect(status('due-in-range')).toBe('sidepanel_goal_behind');
    expect(rootOf().querySelector('[data-goal="late-met"]')!.className).toBe('');
    expect(rootOf().querySelector('[data-goal="late-missed"]')!.className).toBe('');
    expect(snapshot.goals.map((g) => g.pastDue)).toEqual([true, true, undefined]);
  });

  it('lists a few goals without data as they are', () => {
    const snapshot = buildSnapshot(smallData(), examplePlan(), { from: '2027-01-01', to: '2027-01-31', channel: 'all' });
    act(() => render(<GoalsList snapshot={snapshot} locale="en" />, rootOf()));
    expect(rootOf().querySelector('details')).toBeNull();
    expect(rootOf().querySelectorAll('[data-goal]')).toHaveLength(snapshot.goals.length);
  });
});
