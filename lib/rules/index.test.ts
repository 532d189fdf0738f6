import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../engine/types';
import { RULES } from './index';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here);
const fileOf = (id: string) => id.replace('.', '-');

describe('rule registry', () => {
  it('registers every SPEC rule id exactly once, and nothing else', () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s lives in its own file with its own test', (id) => {
    expect(files).toContain(`${fileOf(id)}.ts`);
    expect(files).toContain(`${fileOf(id)}.test.ts`);
  });

  it('has no rule file left out of the registry', () => {
    const ruleFiles = files.filter((f) => /^[a-z]+-[a-z]+\.ts$/.test(f) && !['rule-tester.ts', 'hashtag-keys.ts'].includes(f));
    expect(ruleFiles.sort()).toEqual(RULES.map((r) => `${fileOf(r.meta.id)}.ts`).sort());
  });
});
