// `brandline schema`: prints the JSON Schema of brand plan files, for editor completion
// (`brandline schema > plan.schema.json`, then `"$schema": "./plan.schema.json"` in the plan).
import { planJsonSchema } from '../../lib/plan/schema';
import type { Command } from '../command';
import { UsageError } from '../io';

const usage = `Usage: brandline schema

Prints the JSON Schema (draft 2020-12) of brand plan files (brandline/plan@1). Save it and point
a plan's "$schema" key at it to get completion and checking in your editor:

  brandline schema > plan.schema.json

Options:
  -h, --help   show this help
`;

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of brand plan files (for editor completion)',
  usage,
  run: async (argv, io) => {
    if (argv.length) throw new UsageError(`takes no arguments, got ${argv.map((a) => JSON.stringify(a)).join(' ')}`);
    io.stdout(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
