import { describe, expect, it, vi } from 'vitest';
import { createEngineLoader, engineOf, ENGINE_PATH } from './engine-loader';

const noop = (): undefined => undefined;
const engine = { createController: noop, removeAllMarks: noop };

describe('engineOf', () => {
  it.each([
    ['a module whose default export is the engine', { default: engine }, undefined],
    ['the engine without a module around it', engine, 'createController, removeAllMarks'],
    ['a default export missing removeAllMarks', { default: { createController: noop } }, 'removeAllMarks'],
    ['a default export whose createController is no function', { default: { ...engine, createController: 'x' } }, 'createController'],
    ['a null default export', { default: null }, 'createController, removeAllMarks'],
    ['no module at all', undefined, 'createController, removeAllMarks'],
  ])('%s', (_, module, missing) => {
    if (missing === undefined) expect(engineOf(module)).toBe(engine);
    else expect(() => engineOf(module)).toThrow(`the composer engine module (${ENGINE_PATH}) has no ${missing} in its default export`);
  });
});

describe('createEngineLoader', () => {
  it('imports once and shares the load between callers', async () => {
    const importModule = vi.fn(() => Promise.resolve({ default: engine }));
    const loader = createEngineLoader(importModule);
    expect(loader.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect(a).toBe(engine);
    expect(b).toBe(engine);
    expect(await loader.load()).toBe(engine);
    expect(loader.loaded()).toBe(engine);
    expect(importModule).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed import so the next composer tries again', async () => {
    const importModule = vi.fn<() => Promise<unknown>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ default: engine });
    const loader = createEngineLoader(importModule);
    await expect(loader.load()).rejects.toThrow('offline');
    expect(loader.loaded()).toBeUndefined();
    expect(await loader.load()).toBe(engine);
    expect(importModule).toHaveBeenCalledTimes(2);
  });

  it('rejects a module without the engine with the clear message', async () => {
    const loader = createEngineLoader(() => Promise.resolve({ default: {} }));
    await expect(loader.load()).rejects.toThrow(ENGINE_PATH);
    expect(loader.loaded()).toBeUndefined();
  });
});
