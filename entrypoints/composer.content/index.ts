import { startComposerChecks } from '@/lib/content/start';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://*.facebook.com/*', 'https://*.instagram.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    startComposerChecks(ctx);
  },
});
