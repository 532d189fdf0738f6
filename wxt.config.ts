import { defineConfig } from 'wxt';
import { LANGUAGES, readLocale, toChromeMessages } from './scripts/locales';

// Brandline runs entirely on the device: no host permissions beyond the three sites it checks,
// no remote code, and a CSP that allows only the extension's own scripts.
export default defineConfig({
  // A separate output folder per checkout task lets parallel builds not overwrite each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  hooks: {
    'build:publicAssets': (wxt, files) => {
      for (const lang of LANGUAGES) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: toChromeMessages(readLocale(wxt.config.root, lang)) });
      }
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Brandline',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage'],
    action: { default_title: '__MSG_actionTitle__' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'",
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'brandline@brandline.invalid', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
