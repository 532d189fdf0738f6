// The repo keeps its own copy of the spec's example plan (samples/plan.example.json) so a fresh
// clone works without ../shared. This checks the copy is still the spec's plan and still parses.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanJson } from '../lib/plan/parse';

export function run(dataDir: string): boolean {
  const spec = join(dataDir, '..', 'spec', 'plan.example.json');
  if (!existsSync(spec)) {
    console.log(`${spec} not found: nothing compared.`);
    return true;
  }
  const shared = readFileSync(spec, 'utf8');
  const ours = readFileSync(new URL('../samples/plan.example.json', import.meta.url), 'utf8');
  const same = JSON.stringify(JSON.parse(shared)) === JSON.stringify(JSON.parse(ours));
  const parsed = parsePlanJson(shared);
  console.log(`samples/plan.example.json ${same ? 'equals' : 'DIFFERS FROM'} the spec's example; the spec's example ${parsed.ok ? 'parses' : `is refused: ${parsed.errors.map((e) => e.message).join('; ')}`}.`);
  return same && parsed.ok;
}
