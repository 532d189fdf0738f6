import { SITE_MATCHES } from '@/lib/content/site-matches';
import { startComposerChecks } from '@/lib/content/start';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    startComposerChecks(ctx);
  },
});
