// `npm run bench`: runs every bench/*.bench.ts in turn (a benchmark, never a timed test).
import './fake-browser';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && !f.startsWith('page') && (!only.length || only.some((o) => f.includes(o)))).sort();
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  const mod = (await import(join(here, file))) as { run: () => Promise<void> | void };
  await mod.run();
}
