import { parsePlan } from '../plan/parse';
import type { Locale, Plan } from '../plan/types';
import exampleEn from '../../samples/plan.example.json';
import exampleNb from '../../samples/plan.example.nb.json';

const SOURCES: Record<Locale, unknown> = { en: exampleEn, nb: exampleNb };
const parsed: Partial<Record<Locale, Plan>> = {};

/**
 * The example plan shipped with Brandline, in the UI's language: what the checks use before any
 * plan is stored. A Norwegian user's first drafts are Norwegian, and the English plan would read
 * them with the English lexicon ("sin", his, as *sin*; "hell", luck, as *hell*) and English terms.
 */
export function examplePlan(locale: Locale = 'en'): Plan {
  const cached = parsed[locale];
  if (cached) return cached;
  const result = parsePlan(SOURCES[locale]);
  const file = locale === 'en' ? 'samples/plan.example.json' : `samples/plan.example.${locale}.json`;
  if (!result.ok) throw new Error(`${file} is invalid: ${result.errors.map((e) => e.message).join('; ')}`);
  parsed[locale] = result.plan;
  return result.plan;
}
