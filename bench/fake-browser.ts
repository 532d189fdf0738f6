// The worker's handlers announce changes through `browser.storage` (lib/messaging/events.ts). In
// Node there is no extension API: the benches that run the handlers get WXT's in-memory fake, as
// the unit tests do. Imported first by bench/run.ts, before anything binds `wxt/browser`.
import { fakeBrowser } from 'wxt/testing/fake-browser';

const global = globalThis as { chrome?: unknown; browser?: unknown };
global.chrome ??= fakeBrowser;
