import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The playground imitates x.com, facebook.com and instagram.com with the editor frameworks those
// sites really run (Draft.js, Lexical, a React-controlled textarea), built with React, not Preact.
// tests/e2e/sites.ts serves dist/ at the real URLs: one HTML file per site (each a small
// client-side router like the real single-page apps) and assets under /__playground/ so they
// cannot collide with the sites' own paths.
export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  // Draft.js reads `global` and `process.env.NODE_ENV`, which only exist in Node.
  define: {
    global: 'globalThis',
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    assetsDir: '__playground',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        index: resolve(root, 'index.html'),
        x: resolve(root, 'x.html'),
        facebook: resolve(root, 'facebook.html'),
        instagram: resolve(root, 'instagram.html'),
      },
    },
  },
});
