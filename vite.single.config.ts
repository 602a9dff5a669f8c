import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspPlugin } from './scripts/lib/csp-plugin.ts';
import { readInPage } from './scripts/lib/read-in-page-alias.ts';
import { singleFilePagePlugin } from './scripts/lib/single-file-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The file `npm run build:single` writes: copy it to a USB stick and double-click it. */
export const SINGLE_FILE_NAME = 'liaocheng-news-dashboard.html';

/**
 * One self-contained HTML file with the code, styles, dataset and icon inside, for a meeting-room
 * PC without a network: it opens from file:// (`…html#/present` goes straight to the
 * presentation). See docs/PRESENTATION.md.
 */
export default defineConfig({
  base: './',
  // Nothing beside the page: the favicon is inlined by the page plugin.
  publicDir: false,
  // A page opened from file:// cannot start a worker: the single file validates in the page.
  resolve: { alias: [readInPage(root)] },
  plugins: [
    react(),
    singleFilePagePlugin(root),
    viteSingleFile({ outputFileName: SINGLE_FILE_NAME }),
    // Last: it hashes the module script that viteSingleFile has just inlined.
    cspPlugin(),
  ],
  build: { target: 'es2022', outDir: 'dist-single', emptyOutDir: true, sourcemap: false },
});
