import { SITE_MATCHES } from '@/lib/content/site-matches';
import { startComposerChecks } from '@/lib/content/start';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // Older WXT content scripts listened for a window message; this one needs only the document
  // event, so the page is not told which extension started (less for a site to fingerprint).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startComposerChecks(ctx);
  },
});
