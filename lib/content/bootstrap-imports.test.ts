import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

/** Value imports of a source file (type-only imports are erased by the build and skipped). */
function valueImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[\s\S]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) specifiers.push(match[1]!);
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1]!);
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/') ? join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => existsSync(path) && !path.endsWith('/'));
}

/** Every repository file and package the entry pulls into its bundle. */
function bundled(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (file.endsWith('.json')) return;
    for (const specifier of valueImports(file)) {
      const local = resolveLocal(file, specifier);
      if (local) visit(local);
      else if (!specifier.startsWith('.') && !specifier.startsWith('@/')) packages.add(specifier);
      else throw new Error(`${relative(ROOT, file)}: cannot resolve ${specifier}`);
    }
  };
  visit(join(ROOT, entry));
  return { files: [...files].map((file) => relative(ROOT, file)).sort(), packages: [...packages].sort() };
}

describe('the content script that runs on every page load', () => {
  const { files, packages } = bundled('entrypoints/composer.content/index.ts');

  // The engine (checks, tone lexicons, overlay) is import()ed on the first composer
  // (engine-loader.ts); one value import of it here would put it back into every page load.
  it.each([
    ['lib/content/composer-controller.ts'],
    ['lib/content/composer-engine.ts'],
    ['lib/engine/check.ts'],
    ['lib/tone/index.ts'],
    ['lib/tone/data/en-vader.json'],
    ['lib/tone/data/nb-lexicon.json'],
    ['components/overlay/Overlay.tsx'],
  ])('leaves out %s', (file) => {
    expect(files).toContain('lib/content/start.ts');
    expect(files).not.toContain(file);
  });

  it.each([['preact'], ['twitter-text']])('leaves out the package %s', (name) => {
    expect(packages).not.toContain(name);
  });

  it('the engine entry does pull them in (the walk follows imports)', () => {
    const engine = bundled('entrypoints/composer-engine.ts');
    expect(engine.files).toEqual(expect.arrayContaining(['lib/content/composer-controller.ts', 'lib/tone/index.ts', 'lib/tone/data/en-vader.json']));
    expect(engine.packages).toContain('preact');
  });
});
