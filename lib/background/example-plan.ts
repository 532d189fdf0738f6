import { parsePlan } from '../plan/parse';
import type { Plan } from '../plan/types';
import example from '../../samples/plan.example.json';

let parsed: Plan | undefined;

/** The example plan shipped with Brandline: what the checks use before any plan is stored. */
export function examplePlan(): Plan {
  if (parsed) return parsed;
  const result = parsePlan(example);
  if (!result.ok) throw new Error(`samples/plan.example.json is invalid: ${result.errors.map((e) => e.message).join('; ')}`);
  parsed = result.plan;
  return parsed;
}
