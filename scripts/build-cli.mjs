// Bundles the CLI (cli/ + lib/) into one ESM file for Node, so `brandline` starts fast and
// needs no TypeScript loader at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/run.ts'],
  outfile: 'dist/brandline.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  alias: { '@': '.' },
  banner: { js: "import { createRequire as __brandlineRequire } from 'node:module'; const require = __brandlineRequire(import.meta.url);" },
  logLevel: 'warning',
});
