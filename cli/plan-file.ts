// The brand plan file of `check` and `kpi`: read, parsed, and refused in one wording for both.
import { parsePlanJson } from '../lib/plan/parse';
import type { Plan } from '../lib/plan/types';
import { decodeBytes } from '../lib/text/decode';
import { readTextBytes, shownPath, UsageError, type CliIO } from './io';

/**
 * How many problems are listed before "…and N more": a generated plan with 120 broken entries
 * printed 121 lines, its first problems scrolled away (QA22). The first ones are what to fix first.
 */
export const PROBLEMS_LISTED = 20;

/** The plan at `path` ("-": standard input); a bad plan is a UsageError naming each problem on its own line. */
export async function loadPlan(path: string, io: CliIO): Promise<Plan> {
  const result = parsePlanJson(decodeBytes(await readTextBytes(io, path, 'plan')));
  if (result.ok) return result.plan;
  const { errors } = result;
  // One more line would say less than the problem itself: list it instead.
  const listed = errors.length > PROBLEMS_LISTED + 1 ? errors.slice(0, PROBLEMS_LISTED) : errors;
  const more = errors.length - listed.length;
  const lines = listed.map((e) => `  ${e.message}`);
  if (more) lines.push(`  …and ${more} more problems`);
  throw new UsageError(`${shownPath(path)} is not a valid brand plan:\n${lines.join('\n')}`);
}
