/**
 * The pages the content script runs on; the composer engine it imports is web-accessible to these
 * only (wxt.config.ts). One list, so the two cannot drift apart.
 */
export const SITE_MATCHES = ['https://x.com/*', 'https://twitter.com/*', 'https://*.facebook.com/*', 'https://*.instagram.com/*'];
