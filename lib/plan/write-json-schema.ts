/**
 * Regenerates schema/plan.schema.json from the zod schema (`npx tsx lib/plan/write-json-schema.ts`).
 * A unit test fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planJsonSchema } from './schema';

export const JSON_SCHEMA_PATH = fileURLToPath(new URL('../../schema/plan.schema.json', import.meta.url));

export const planJsonSchemaText = (): string => `${JSON.stringify(planJsonSchema(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(JSON_SCHEMA_PATH, planJsonSchemaText());
  console.log(`wrote ${JSON_SCHEMA_PATH}`);
}
