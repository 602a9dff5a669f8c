import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { DATASET_FILE } from './dataset-plugin.ts';

/**
 * The URL under which the service worker precaches a copy of the dataset. Under its own URL the
 * precache cannot answer the app's requests first (workbox's precache route runs before any
 * other); it is only the fallback of the network-first route below.
 */
export const PRECACHED_DATASET = `${DATASET_FILE}?precached`;

/**
 * Offline after the first visit (issue 5): a workbox service worker that precaches the built
 * page, code, styles, icon and dataset, and fetches the dataset network-first, so new data shows
 * whenever the network is there. Normal build only: vite.single.config.ts does not use it (a page
 * on file:// cannot have a service worker), the dev server and Vitest never register it.
 *
 * Registration is `public/registerSW.js`, a classic script that the plugin links into the built
 * page: no code in the entry chunk, no inline script for the CSP to hash.
 */
export function offlinePlugin(): PluginOption {
  if (process.env.VITEST) return [];
  return VitePWA({
    injectRegister: 'script-defer',
    // A new build's worker takes over at once (skipWaiting + clientsClaim); the page's data
    // comes from the network first anyway.
    registerType: 'autoUpdate',
    manifest: false,
    devOptions: { enabled: false },
    workbox: {
      // Spelled out: the first visit's page is taken over as soon as the worker is ready, so the
      // next reload can be offline.
      skipWaiting: true,
      clientsClaim: true,
      globPatterns: ['**/*.{js,css,html,svg}', DATASET_FILE],
      // registerSW.js too: the page loads it on every visit, offline ones included.
      manifestTransforms: [
        (entries) => ({
          manifest: entries.map((entry) =>
            entry.url === DATASET_FILE ? { ...entry, url: PRECACHED_DATASET } : entry,
          ),
          warnings: [],
        }),
      ],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin && url.pathname.endsWith(`/${DATASET_FILE}`) && url.search === '',
          handler: 'NetworkFirst',
          options: {
            cacheName: 'dataset',
            // Never answer from the precache while the network still may: without a timeout
            // NetworkFirst waits for the network, and the app bounds that wait itself.
            precacheFallback: { fallbackURL: PRECACHED_DATASET },
          },
        },
        // An archive of years (ADR 015): the index network-first like the dataset, so new pages
        // show; each chunk is named by its content hash, so the copy read once is kept and
        // served from the cache: a reload offline shows every year read before.
        {
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin && url.pathname.endsWith('/data/archive/index.json'),
          handler: 'NetworkFirst',
          options: { cacheName: 'archive-index' },
        },
        {
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin && /\/data\/archive\/[a-z0-9-]+-[0-9a-f]{10}\.json$/.test(url.pathname),
          handler: 'CacheFirst',
          options: {
            cacheName: 'archive-chunks',
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
    },
  });
}
