import type { ComposerMatch } from './sites/types';
import { ComposerController, type ControllerDeps } from './composer-controller';
import { removeAllMarks } from './highlights';

/**
 * What the content script loads on the first composer it meets (entrypoints/composer-engine.ts,
 * fetched by engine-loader.ts): the controller with the overlay, the checks and the tone lexicons.
 * Kept out of the start-up script so pages where no composer is used never evaluate it.
 */
export interface ComposerEngine {
  createController(match: ComposerMatch, deps: ControllerDeps): ComposerController;
  /** Clears every mark a controller painted in the document (when the extension goes away). */
  removeAllMarks(doc: Document): void;
}

export const composerEngine: ComposerEngine = {
  createController: (match, deps) => new ComposerController(match, deps),
  removeAllMarks,
};
