/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/lib/csp-plugin.ts';
import { datasetPlugin } from './scripts/lib/dataset-plugin.ts';
import { editorSavePlugin } from './scripts/lib/editor-save-plugin.ts';
import { readInPage } from './scripts/lib/read-in-page-alias.ts';
import { offlinePlugin } from './scripts/lib/offline-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// HOST=0.0.0.0 npm start serves the dashboard to other machines on the LAN (a meeting-room PC).
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
  // Relative asset paths: the build works from any sub-path and from file:// (see ADR 004).
  base: './',
  // The offline service worker and the CSP apply to the build (and the CSP header to preview) only;
  // the workbench's 保存到 data/ endpoint to `npm run dev` only.
  plugins: [react(), datasetPlugin(root), editorSavePlugin(root), offlinePlugin(), cspPlugin()],
  server: { host, port: 5173 },
  preview: { host, port, strictPort: true },
  // Every browser we support has modulepreload; the polyfill would be dead weight in the entry.
  build: { target: 'es2022', sourcemap: true, modulePreload: { polyfill: false } },
  // The dataset worker (src/data/dataset.worker.ts) is an ES module, like the page's code.
  worker: { format: 'es' },
  test: {
    // jsdom has no Worker: the unit tests validate in the page (ADR 009).
    alias: [readInPage(root)],
    globals: true,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    // Screen tests render the app in jsdom; under load the default 5 s is too tight.
    testTimeout: 30_000,
  },
});
