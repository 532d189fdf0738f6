import type { ComposerEngine } from './composer-engine';

/** Where the build puts the engine module (entrypoints/composer-engine.ts), as runtime.getURL takes it. */
export const ENGINE_PATH = '/composer-engine.js';

export interface EngineLoader {
  /** The engine; the first call starts loading it, later calls share that load. */
  load(): Promise<ComposerEngine>;
  /** The engine if it has loaded (then controllers can be made without waiting). */
  loaded(): ComposerEngine | undefined;
}

/**
 * Loads the composer engine once, on demand. `importModule` is `import()` of the module's
 * extension URL in the content script; a failed load is forgotten so the next composer tries again.
 */
export function createEngineLoader(importModule: () => Promise<unknown>): EngineLoader {
  let engine: ComposerEngine | undefined;
  let loading: Promise<ComposerEngine> | undefined;
  return {
    load() {
      loading ??= importModule().then(
        (module) => (engine = engineOf(module)),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => engine,
  };
}

/** The module's default export, checked: a stale or broken build must fail with a clear message. */
export function engineOf(module: unknown): ComposerEngine {
  const engine = typeof module === 'object' && module !== null ? (module as { default?: unknown }).default : undefined;
  const missing = (['createController', 'removeAllMarks'] as const).filter(
    (name) => typeof engine !== 'object' || engine === null || typeof (engine as Record<string, unknown>)[name] !== 'function',
  );
  if (missing.length) throw new Error(`Brandline: the composer engine module (${ENGINE_PATH}) has no ${missing.join(', ')} in its default export.`);
  return engine as ComposerEngine;
}
