// `npm install` / `npm ci` in a clone of Brandline: WXT's generated types, then the CLI bundle.
// In a project that installed the `brandline` package (a tarball or a git URL), there is nothing to
// do: the package ships dist/brandline.mjs (built by `prepack`) and none of the development tools,
// so running `wxt prepare` there failed the whole install (QA26).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('wxt.config.ts')) {
  execSync('wxt prepare', { stdio: 'inherit' });
  execSync('node scripts/build-cli.mjs', { stdio: 'inherit' });
}
