/**
 * One record from several rows of a file (GA4 rows that differ only by medium, campaign rows split
 * by ad set), such that every KPI over the record equals the KPI over the rows.
 *
 * Sums are sums. Ratios need care: SPEC §5 sums "numerator and denominator over the records that
 * have both fields", so when only some rows give conversions (or bounces, clicks, revenue), the
 * record must remember the sessions (or spend) of just those rows. It does so in `sessionsWith` /
 * `spendWith`, which are set only when the rows disagree; when they agree the record is the plain
 * field-by-field sum, as before.
 */
import { sumDefined } from './accumulators';
import type { CampaignResult, WebSession } from './types';

/** A row's bounces as bounceRate reads them: bounces, else sessions − engaged sessions. */
export function effectiveBounces(row: WebSession): number | undefined {
  return row.bounces ?? (row.engagedSessions !== undefined ? row.sessions - row.engagedSessions : undefined);
}

/** The sessions that conversionRate divides this record's conversions by. */
export const sessionsForConversions = (row: WebSession): number => row.sessionsWith?.conversions ?? row.sessions;

/** The sessions that bounceRate divides this record's bounces by. */
export const sessionsForBounces = (row: WebSession): number => row.sessionsWith?.bounces ?? row.sessions;

/**
 * The spend that a ratio of this result's `field` (clicks, conversions, revenue) goes with: never
 * more than the day's spend (a lower spend logged by hand over an import's rows).
 */
export const spendFor = (r: CampaignResult, field: 'clicks' | 'conversions' | 'revenue'): number => Math.min(r.spendWith?.[field] ?? r.spend, r.spend);

/** Sum of `part(x)` over the parts where `has(x)`. */
const sumWhere = <T>(parts: readonly T[], has: (x: T) => boolean, part: (x: T) => number) => parts.reduce((total, x) => (has(x) ? total + part(x) : total), 0);

export function mergeSessionParts(parts: readonly WebSession[]): WebSession {
  if (parts.length === 1) return parts[0]!;
  const sessions = sumWhere(parts, () => true, (p) => p.sessions);
  const merged: WebSession = { ...parts[0]!, sessions };
  const sessionsWith: NonNullable<WebSession['sessionsWith']> = {};
  setSum(merged, 'engagedSessions', parts.map((p) => p.engagedSessions));
  setSum(merged, 'revenue', parts.map((p) => p.revenue));
  setSum(merged, 'conversions', parts.map((p) => p.conversions));
  if (merged.conversions !== undefined) {
    const covered = sumWhere(parts, (p) => p.conversions !== undefined, sessionsForConversions);
    if (covered !== sessions) sessionsWith.conversions = covered;
  }
  // Bounces stay as written when every row gave them, or when none did and every row gave engaged
  // sessions (1 − Σengaged/Σsessions is then the same rate). Otherwise each row's own reading is
  // added up as bounces, over the sessions of the rows that had one.
  const allBounces = parts.every((p) => p.bounces !== undefined);
  const allEngagedOnly = parts.every((p) => p.bounces === undefined && p.engagedSessions !== undefined && p.sessionsWith?.bounces === undefined);
  if (allBounces) {
    merged.bounces = sumWhere(parts, () => true, (p) => p.bounces!);
    const covered = sumWhere(parts, () => true, sessionsForBounces);
    if (covered !== sessions) sessionsWith.bounces = covered;
  } else if (!allEngagedOnly) {
    delete merged.bounces;
    const bounces = sumDefined(parts.map(effectiveBounces));
    if (bounces !== undefined) {
      merged.bounces = bounces;
      const covered = sumWhere(parts, (p) => effectiveBounces(p) !== undefined, sessionsForBounces);
      if (covered !== sessions) sessionsWith.bounces = covered;
    }
  }
  if (Object.keys(sessionsWith).length) merged.sessionsWith = sessionsWith;
  else delete merged.sessionsWith;
  return merged;
}

export function mergeCampaignParts(parts: readonly CampaignResult[]): CampaignResult {
  if (parts.length === 1) return parts[0]!;
  const spend = sumWhere(parts, () => true, (p) => p.spend);
  const merged: CampaignResult = { ...parts[0]!, spend };
  const spendWith: NonNullable<CampaignResult['spendWith']> = {};
  for (const field of ['clicks', 'conversions', 'revenue'] as const) {
    setSum(merged, field, parts.map((p) => p[field]));
    if (merged[field] === undefined) continue;
    const covered = sumWhere(parts, (p) => p[field] !== undefined, (p) => spendFor(p, field));
    if (covered !== spend) spendWith[field] = covered;
  }
  if (Object.keys(spendWith).length) merged.spendWith = spendWith;
  else delete merged.spendWith;
  return merged;
}

function setSum<T extends object, K extends keyof T>(record: T, field: K, values: (number | undefined)[]): void {
  const total = sumDefined(values);
  if (total === undefined) delete record[field];
  else (record as Record<K, number>)[field] = total;
}
