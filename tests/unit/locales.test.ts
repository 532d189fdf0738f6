import { describe, expect, it } from 'vitest';
import { LANGUAGES, readLocale } from '../../scripts/locales';

describe('UI strings', () => {
  const en = readLocale('.', 'en');
  it('every English key has a Norwegian text and the other way round', () => {
    for (const lang of LANGUAGES) {
      const other = readLocale('.', lang);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    }
  });
  it('placeholders match between languages', () => {
    const nb = readLocale('.', 'nb');
    for (const [key, text] of Object.entries(en)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(nb[key] ?? ''), key).toEqual(names(text));
    }
  });
});
