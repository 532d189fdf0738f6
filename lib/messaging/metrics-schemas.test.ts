import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { accountSnapshotSchema, postMetricsSchema } from './metrics-schemas';

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
  ])('a post published at %s → valid %s', (publishedAt, valid) => {
    expect(ok(postMetricsSchema, { channel: 'x', postId: 'p1', publishedAt, contentType: 'text' })).toBe(valid);
  });
});
