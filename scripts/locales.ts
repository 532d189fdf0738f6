/**
 * UI strings live in locales/<lang>/<area>.json (one file per part of the product, so parts can be
 * edited independently) as flat { key: text } maps. The build merges each language into the
 * browser's _locales/<lang>/messages.json format. Placeholders are written {name} and filled by
 * lib/i18n/t.ts, not by the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LANGUAGES = ['en', 'nb'] as const;

/**
 * Browser languages that get another language's strings. A browser asks for its own locale and
 * then the extension's default (English), nothing in between: Chromium started as "no", "nn",
 * "nb-NO" or "nn-NO" found no Bokmål and showed English, while the content scripts and the CLI
 * already read every Norwegian locale as Bokmål. Nynorsk readers read Bokmål (both are taught in
 * school); English would be further from them.
 */
export const LOCALE_ALIASES: Readonly<Record<string, (typeof LANGUAGES)[number]>> = {
  no: 'nb',
  nb_NO: 'nb',
  nn: 'nb',
  nn_NO: 'nb',
};

export function readLocale(root: string, lang: string): Record<string, string> {
  const merged: Record<string, string> = {};
  const dir = join(root, 'locales', lang);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const entries = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
    for (const [key, text] of Object.entries(entries)) {
      if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`locales/${lang}/${file}: key "${key}" may only hold A-Z, a-z, 0-9 and _`);
      if (key in merged) throw new Error(`locales/${lang}/${file}: key "${key}" is defined twice`);
      merged[key] = text;
    }
  }
  return merged;
}

export function toChromeMessages(entries: Record<string, string>): string {
  const out: Record<string, { message: string }> = {};
  for (const [key, text] of Object.entries(entries)) out[key] = { message: text.replace(/\$/g, '$$$$') };
  return JSON.stringify(out, null, 1);
}
