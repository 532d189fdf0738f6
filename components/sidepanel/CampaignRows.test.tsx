import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useDomRoot } from '@/tests/fixtures/dom';
import { examplePlan } from '@/tests/fixtures/metrics/load';
import { smallData } from '@/tests/fixtures/metrics/small-data';
import { buildSnapshot } from '@/lib/metrics/snapshot';
import { CampaignTable } from './CampaignTable';

const rootOf = useDomRoot();
const row = () => rootOf().querySelector('[data-campaign="winter-2027"]')!;

describe('CampaignTable', () => {
  it('says when the results stop before the range does: the pacing counts the days after as no spend (QA36)', () => {
    // Winter's results: 5–7 Jan; the range runs to 31 Jan.
    const snapshot = buildSnapshot(smallData(), examplePlan(), { from: '2027-01-01', to: '2027-01-31', channel: 'all' });
    act(() => render(<CampaignTable snapshot={snapshot} locale="en" />, rootOf()));
    expect(row().querySelector('[data-results-until]')?.getAttribute('data-results-until')).toBe('2027-01-07');
  });

  it('says nothing when they reach the range\'s end, and shows no spend without results (QA36)', () => {
    const reaching = buildSnapshot(smallData(), examplePlan(), { from: '2027-01-01', to: '2027-01-07', channel: 'all' });
    act(() => render(<CampaignTable snapshot={reaching} locale="en" />, rootOf()));
    expect(row().querySelector('[data-results-until]')).toBeNull();
    const none = buildSnapshot({ ...smallData(), campaignResults: [] }, examplePlan(), { from: '2027-01-01', to: '2027-01-31', channel: 'all' });
    act(() => render(<CampaignTable snapshot={none} locale="en" />, rootOf()));
    expect(row().querySelector('td')!.textContent).toMatch(/^—/);
  });
});
