import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/lib/find-chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4273);
// Another build directory lets two checkouts' worth of work test side by side.
const DIST = process.env.E2E_DIST ?? 'dist';
const browser = findChromium();

/**
 * Browser tests run against the production build served by `vite preview`, in a system Chromium
 * when there is one (docs/decisions/003-browser-for-tests.md).
 */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The build registers an offline service worker; requests it answers bypass page.route, so
    // tests that fake the network would see the real server. e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          ...(browser.path ? { executablePath: browser.path } : {}),
          args: chromiumArgs(),
        },
      },
    },
  ],
  webServer: [
    {
      // The build is made by `npm run build` before the tests (npm test does it in order).
      command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The fixture archive of three years (`npm run build:years`; e2e/archive-server.ts).
      command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT + 1} --strictPort --outDir ${DIST}-years`,
      url: `http://127.0.0.1:${PORT + 1}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
