import { composerEngine } from '@/lib/content/composer-engine';

// Built as an ES module (wxt.config.ts) whose default export is this return value; the content
// script imports it on the first composer (lib/content/engine-loader.ts).
export default defineUnlistedScript(() => composerEngine);
