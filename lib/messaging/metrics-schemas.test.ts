import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { accountSnapshotSchema, loggedCampaignSchema, loggedSnapshotSchema, postMetricsSchema } from './metrics-schemas';

const ok = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value).success;

describe('metric record schemas (what pages send the background)', () => {
  it.each([
    ['2027-02-28', 10, true],
    ['2028-02-29', 10, true],
    ['2027-02-30', 10, false],
    ['2027-13-45', 10, false],
    ['27-01-01', 10, false],
    ['2027-01-01', 0, true],
    ['2027-01-01', -1, false],
    ['2027-01-01', Number.NaN, false],
  ])('a follower count on %s of %d → valid %s', (date, followers, valid) => {
    expect(ok(accountSnapshotSchema, { channel: 'x', date, followers })).toBe(valid);
  });

  it.each([
    ['2027-01-10T18:00:00.000Z', true],
    ['2027-01-10T18:00:00+01:00', true],
    ['2027-02-30T10:00:00Z', false],
    ['2027-01-10T99:00:00Z', false],
    ['2027-01-10', false],
    // Without a zone Date.parse reads local time: the day it counts on would depend on the machine.
    ['2027-01-10T18:00', false],
    ['2027-01-10T18:00:00', false],
  ])('a post published at %s → valid %s', (publishedAt, valid) => {
    expect(ok(postMetricsSchema, { channel: 'x', postId: 'p1', publishedAt, contentType: 'text' })).toBe(valid);
  });

  it('an instant with an offset is stored as UTC, so it counts on its UTC day (QA15)', () => {
    const parsed = postMetricsSchema.parse({ channel: 'x', postId: 'p1', publishedAt: '2027-03-28T00:30:00+02:00', contentType: 'text' });
    expect(parsed.publishedAt).toBe('2027-03-27T22:30:00.000Z');
  });

  it.each([
    [{ spend: 450 }, true],
    [{ spend: 0, clicks: 0, conversions: 0, revenue: 0 }, true],
    [{ spend: 12.5, revenue: 99.9, clicks: 40, conversions: 3 }, true],
    [{ spend: -500 }, false],
    [{ spend: 10, revenue: -1 }, false],
    [{ spend: 10, clicks: 1.5 }, false],
    [{ spend: 10, conversions: -2 }, false],
    [{ spend: 10, spendWith: { clicks: 5 } }, false],
  ])('a campaign day logged by hand %j → valid %s (the popup refuses the same)', (figures, valid) => {
    expect(ok(loggedCampaignSchema, { campaignId: 'winter', date: '2027-01-05', ...figures })).toBe(valid);
  });

  it.each([
    [1200, true],
    [0, true],
    [10.25, false],
    [-3, false],
  ])('a follower count logged by hand %d → valid %s', (followers, valid) => {
    expect(ok(loggedSnapshotSchema, { channel: 'x', date: '2027-01-05', followers })).toBe(valid);
  });
});
