// `npm run eval`: runs every eval/*.eval.ts against the third-party data in ../shared/data.
// The data is for measuring only and is never part of the extension; without it, each
// evaluation says so plainly and the run still exits 0.
import { readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const dataDir = resolve(process.env.BRANDLINE_DATA ?? join(here, '..', '..', 'shared', 'data'));

const only = process.argv.slice(2);
const files = readdirSync(here).filter((f) => f.endsWith('.eval.ts') && (!only.length || only.some((o) => f.includes(o)))).sort();
if (!existsSync(dataDir)) {
  console.log(`Evaluation data not found at ${dataDir} (set BRANDLINE_DATA to its folder). Nothing was measured.`);
  process.exit(0);
}
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file.replace('.eval.ts', '')}`);
  const mod = (await import(join(here, file))) as { run: (dataDir: string) => Promise<boolean> | boolean };
  const ok = await mod.run(dataDir);
  if (!ok) failed++;
}
console.log(failed ? `\n${failed} evaluation(s) below their bar.` : '\nAll evaluations at or above their bar.');
process.exitCode = failed ? 1 : 0;
