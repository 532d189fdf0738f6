import { defineConfig } from 'wxt';
import type { InlineConfig } from 'vite';
import { SITE_MATCHES } from './lib/content/site-matches';
import { LANGUAGES, LOCALE_ALIASES, readLocale, toChromeMessages } from './scripts/locales';

const COMPOSER_ENGINE = 'composer-engine';

// Brandline runs entirely on the device: no host permissions beyond the three sites it checks,
// no remote code, and a CSP that allows only the extension's own scripts.
export default defineConfig({
  // A separate output folder per checkout task lets parallel builds not overwrite each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // The sources zip (for Firefox add-on review) holds what the build reads, not whatever else the
  // checkout has (demo screenshots, the built CLI, scratch files).
  zip: {
    includeSources: ['package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'README.md', 'LICENSE', 'entrypoints/**', 'lib/**', 'components/**', 'locales/**', 'public/**', 'samples/**', 'scripts/**', 'schema/**', 'cli/**', 'bin/**'],
  },
  hooks: {
    // The composer engine (entrypoints/composer-engine.ts) is import()ed by the content script, so
    // it is built as an ES module with a default export instead of WXT's IIFE for unlisted scripts.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length === 1 && entrypoints[0]?.name === COMPOSER_ENGINE) buildAsModule(config);
    },
    'build:publicAssets': (wxt, files) => {
      for (const lang of LANGUAGES) {
        const contents = toChromeMessages(readLocale(wxt.config.root, lang));
        const aliases = Object.keys(LOCALE_ALIASES).filter((alias) => LOCALE_ALIASES[alias] === lang);
        for (const folder of [lang, ...aliases]) files.push({ relativeDest: `_locales/${folder}/messages.json`, contents });
      }
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [
      {
        // twitter-text 3 pulls in core-js 2, whose _global.js falls back to Function('return this')()
        // when `window.Math !== Math` — true inside a module imported by a Firefox content script,
        // where `window` is the page's. The extension CSP blocks Function(), so the engine failed to
        // load in Firefox (found by tests/firefox/smoke.ts). globalThis is that object everywhere.
        name: 'core-js2-global-without-eval',
        transform(code: string, id: string) {
          if (!/core-js[\\/](?:library[\\/])?modules[\\/]_global\.js$/.test(id)) return undefined;
          const eval_ = "Function('return this')()";
          if (!code.includes(eval_)) throw new Error(`${id} no longer has ${eval_}: check the Firefox engine load and drop this plugin if it is gone`);
          return code.replace(eval_, 'globalThis');
        },
      },
    ],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    short_name: 'Brandline',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: to run the content script in a site's tabs already open when the user gives its
    // access back (lib/background/run-in-open-tabs.ts); no install warning in either browser.
    permissions: ['storage', 'unlimitedStorage', 'scripting'],
    // The content script's own sites, named as host permissions too: Chrome counts a content
    // script's matches as hosts it may script but not as hosts whose tabs it may find by address,
    // and those tabs are what run-in-open-tabs.ts looks for. No host beyond the three sites.
    host_permissions: SITE_MATCHES,
    action: { default_title: '__MSG_actionTitle__' },
    // The content script imports its engine from here on the first composer. Only the three sites
    // may load it, and in Chrome only through a per-session URL, so other pages cannot probe for it.
    web_accessible_resources: [
      {
        resources: [`${COMPOSER_ENGINE}.js`],
        matches: SITE_MATCHES,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // "Nothing leaves the device", made the browser's rule: the pages may load and fetch only the
    // extension's own files (connect-src 'self' is for Vite's module preload). `wxt` (dev) talks
    // to its dev server, so only builds carry the connect/default limits.
    content_security_policy: {
      extension_pages:
        command === 'build'
          ? "default-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
          : "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'",
    },
    ...(browser === 'firefox'
      ? // 140: the first Firefox with both the Highlight API (underlines) and the install-time
        // "collects no data" line (data_collection_permissions; 142 on Android). ESR 128 is out of support.
        { browser_specific_settings: { gecko: { id: 'brandline@brandline.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } }, gecko_android: { strict_min_version: '142.0' } } }
      : {}),
  }),
});

function buildAsModule(config: InlineConfig): void {
  const lib = config.build?.lib;
  if (!lib) throw new Error(`wxt.config.ts: expected WXT to build ${COMPOSER_ENGINE} in library mode`);
  lib.formats = ['es'];
  // Vite leaves ES libraries unminified (for their users' bundlers); this one ships as is.
  const output = config.build?.rollupOptions?.output;
  if (!output || Array.isArray(output)) throw new Error(`wxt.config.ts: expected one rollup output for ${COMPOSER_ENGINE}`);
  output.minify = true;
  output.comments = false;
  // The tone lexicons as JSON.parse('…') rather than object literals: V8 turns a JSON string into
  // data faster than it evaluates a literal of the same size (measured: first focus −4 ms of script).
  config.json = { ...config.json, stringify: true, namedExports: false };
}
