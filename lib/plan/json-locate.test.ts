import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonLines } from './json-locate';

const lineOfJsonPath = (text: string, path: readonly PropertyKey[]) => new JsonLines(text).lineOf(path);

const text = `{
  "schema": "brandline/plan@1",
  "terms": {
    "banned": [
      { "term": "cheap", "suggest": "good value" },
      {
        "term": "a \\"quoted\\" [term] {x}",
        "suggestion": 5
      },
      "x"
    ],
    "preferred": []
  },
  "name": "A", "name": "B"
}`;

describe('lineOfJsonPath', () => {
  it.each([
    [['schema'], 2],
    [['terms'], 3],
    [['terms', 'banned'], 4],
    [['terms', 'banned', 0], 5],
    [['terms', 'banned', 0, 'suggest'], 5],
    [['terms', 'banned', 1], 6],
    [['terms', 'banned', 1, 'suggestion'], 8],
    [['terms', 'banned', 2], 10],
    // What is missing is named where its nearest present parent is.
    [['terms', 'banned', 1, 'reason'], 6],
    [['terms', 'banned', 7], 4],
    [['terms', 'preferred', 0], 12],
    [['channels', 'x'], undefined],
    // JSON.parse keeps the last of duplicate keys, and so does the line.
    [['name'], 14],
  ] as [PropertyKey[], number | undefined][])('%j is on line %s', (path, line) => {
    expect(lineOfJsonPath(text, path)).toBe(line);
  });

  it('counts lines of Windows files and minified files alike', () => {
    expect(lineOfJsonPath(text.replaceAll('\n', '\r\n'), ['terms', 'banned', 1, 'suggestion'])).toBe(8);
    expect(lineOfJsonPath(JSON.stringify(JSON.parse(text)), ['terms', 'banned', 1, 'suggestion'])).toBe(1);
  });

  it('a path into a value of another type stops where the types part', () => {
    expect(lineOfJsonPath(text, ['schema', 0])).toBe(2);
    expect(lineOfJsonPath(text, ['terms', 'banned', 'term'])).toBe(4);
  });

  it('finds every path of any JSON value on the line JSON.stringify put it', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const pretty = JSON.stringify(value, null, 1);
        const lines = pretty.split('\n');
        const walk = (node: unknown, path: PropertyKey[]): void => {
          if (node === null || typeof node !== 'object') return;
          const entries: [PropertyKey, unknown][] = Array.isArray(node) ? node.map((v, k) => [k, v]) : Object.entries(node);
          for (const [key, child] of entries) {
            const line = lineOfJsonPath(pretty, [...path, key]);
            expect(line).toBeDefined();
            const depth = path.length + 1;
            // JSON.stringify writes each member on its own line, indented one space per level.
            expect(lines[line! - 1]!.length - lines[line! - 1]!.trimStart().length).toBe(depth);
            walk(child, [...path, key]);
          }
        };
        walk(value, []);
      }),
      { numRuns: 300 },
    );
  });

  it('locates every problem of a file with 10,000 bad entries in one walk (rev28: 40 s)', () => {
    const big = JSON.stringify({ terms: { banned: Array.from({ length: 10_000 }, (_, k) => ({ term: `t${k}`, suggestion: 'x' })) } }, null, 2);
    const lines = new JsonLines(big);
    // No clock here (timed tests flake): a walk per problem would run past the test's timeout.
    const found = Array.from({ length: 10_000 }, (_, k) => lines.lineOf(['terms', 'banned', k, 'suggestion']));
    expect(found[0]).toBe(6);
    expect(found[9_999]).toBe(6 + 9_999 * 4);
  });

  it('finds the last of 20,000 entries', () => {
    const big = JSON.stringify({ terms: { banned: Array.from({ length: 20_000 }, (_, k) => ({ term: `t${k}` })) } }, null, 2);
    expect(lineOfJsonPath(big, ['terms', 'banned', 19_999, 'term'])).toBe(5 + 19_999 * 3);
  });
});
