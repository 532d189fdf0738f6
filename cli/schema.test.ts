import { describe, expect, it } from 'vitest';
import { parsePlan } from '../lib/plan/parse';
import type { CliIO } from './io';
import { main } from './main';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readText: async () => '',
    readBytes: async () => new Uint8Array(),
    color: false,
    terminal: false,
  };
  return { io, out, err };
}

describe('brandline schema', () => {
  it('prints the JSON Schema of plan files', async () => {
    const { io, out } = capture();
    expect(await main(['schema'], io)).toBe(0);
    const schema = JSON.parse(out.join('')) as { $schema: string; properties: { schema: { const: string } }; additionalProperties: boolean };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.schema.const).toBe('brandline/plan@1');
    expect(schema.additionalProperties).toBe(false);
    // A plan may point at the schema it was written against.
    expect(parsePlan({ $schema: './plan.schema.json', schema: 'brandline/plan@1', id: 'p', name: 'P' }).ok).toBe(true);
  });

  it('exits 2 on arguments it does not take', async () => {
    const { io, err } = capture();
    expect(await main(['schema', 'extra'], io)).toBe(2);
    expect(err.join('')).toContain('brandline schema: takes no arguments, got "extra"');
  });
});
