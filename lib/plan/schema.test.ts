import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isKpiId } from './schema';
import { JSON_SCHEMA_PATH, planJsonSchemaText } from './write-json-schema';

describe('schema/plan.schema.json', () => {
  it('is up to date with the zod schema (regenerate: npx tsx lib/plan/write-json-schema.ts)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(planJsonSchemaText());
  });

  it('describes the input: only schema, id and name are required, unknown keys are not allowed', () => {
    const schema = JSON.parse(planJsonSchemaText()) as { required: string[]; additionalProperties: boolean; properties: Record<string, unknown> };
    expect(schema.required.sort()).toEqual(['id', 'name', 'schema']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['identity', 'audiences', 'goals', 'terms', 'channels', 'moderation', 'campaigns']));
  });
});

describe('KPI ids', () => {
  it.each([
    ['followers', true], ['engagementRate.reel', true], ['engagementRate.podcast', false], ['budgetPacing.winter-2027', true], ['budgetPacing', true], ['likes', false], ['roas.x', false], ['', false], ['budgetPacing.winter.2027', true], ['engagementRate.reel.x', false],
  ])('%s → %s', (id, ok) => expect(isKpiId(id)).toBe(ok));

  it('are spelled out in the JSON Schema as the parser reads them (editors complete and flag them)', () => {
    const schema = JSON.parse(planJsonSchemaText()) as { properties: { goals: { items: { properties: { kpi: { anyOf: { enum?: string[]; pattern?: string }[] } } } } } };
    const { anyOf } = schema.properties.goals.items.properties.kpi;
    const accepts = (id: string) => anyOf.some((a) => (a.enum ? a.enum.includes(id) : new RegExp(a.pattern!, 'u').test(id)));
    for (const id of ['followers', 'engagementRate.reel', 'engagementRate.podcast', 'budgetPacing.winter-2027', 'budgetPacing', 'likes', 'roas.x', '', 'engagmentRate', 'budgetPacing.-x', 'engagementRate.reel.x', 'budgetPacing.winter.2027', 'budgetPacing.']) {
      expect(accepts(id), id).toBe(isKpiId(id));
    }
  });
});

describe('blank terms and impossible dates in the JSON Schema (QA26)', () => {
  const schema = JSON.parse(planJsonSchemaText()) as {
    properties: { terms: { properties: { banned: { items: { properties: { term: { allOf: { pattern: string }[] } } } } } }; goals: { items: { properties: { due: { format?: string } } } } };
  };
  it('the pattern of a term refuses what the parser refuses as blank', () => {
    const [{ pattern }] = schema.properties.terms.properties.banned.items.properties.term.allOf as [{ pattern: string }];
    const accepts = (value: string) => new RegExp(pattern, 'u').test(value);
    for (const [value, ok] of [['cheap', true], ['cheap*', true], ['   ', false], ['*', false], [' * ', false], ['a', true]] as const) expect(accepts(value), value).toBe(ok);
  });
  it('dates are full dates, which validators check against the calendar', () => {
    expect(schema.properties.goals.items.properties.due.format).toBe('date');
  });
});
