#!/usr/bin/env node
// The `brandline` command. The bundle is built by `npm ci` (postinstall) and `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/brandline.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('brandline: the CLI is not built yet. Run `npm run build:cli` in the Brandline folder.\n');
  process.exit(2);
}
await import(bundle);
