import { describe, expect, it } from 'vitest';
import { importMetricsFile } from './import';
import { templateFiles } from './template-files';

describe('templateFiles', () => {
  it.each(templateFiles('winter-2027').map((f) => [f.kind, f] as const))('the %s template imports as it is, one record', async (kind, file) => {
    const result = await importMetricsFile({ name: file.fileName, bytes: new TextEncoder().encode(file.text) });
    expect(result.kind).toBe(kind);
    expect(result.rows).toBe(1);
    const stored = Object.values(result.data).flat();
    expect(stored).toHaveLength(1);
  });
});
