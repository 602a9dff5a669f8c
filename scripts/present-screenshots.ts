// Screenshots of the presentation for the README and docs/PRESENTATION.md:
//   npm run build && npm run screenshots:present
//   npm run screenshots:present -- --dist /tmp/dist --all --out /tmp/shots   (every slide, to look at)
// It serves a build with `vite preview`, opens #/present in Chromium at 1920×1080 and 3840×2160,
// waits until every chart on the slide reports it has drawn, and writes PNGs.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from './lib/find-chromium.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/screenshots' },
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4391' },
    /** Every slide at every size, named present-<size>-<n>.png, instead of the two README shots. */
    all: { type: 'boolean', default: false },
    /** Extra hash parameters, e.g. `cycle=dept`. */
    query: { type: 'string', default: '' },
  },
});

const SIZES = [
  { name: '1080p', width: 1920, height: 1080, scale: 1 },
  { name: '4k', width: 3840, height: 2160, scale: 1 },
  ...(values.all ? [{ name: '768p', width: 1366, height: 768, scale: 1 }] : []),
];

const port = Number(values.port);
const server = spawn(
  'node_modules/.bin/vite',
  [
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
    '--outDir',
    values.dist,
  ],
  { stdio: 'ignore' },
);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('vite preview did not start');
}

async function slideReady(page: Page) {
  await page.waitForSelector('main[data-slide]');
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('main figure.chart')).every(
      (figure) => figure.getAttribute('data-ready') === 'true',
    ),
  );
  // The slide fades in over 450 ms; the on-screen buttons hide after 3 s without the pointer.
  await page.waitForSelector('[data-idle="true"]', { state: 'attached' });
  await page.waitForTimeout(600);
}

try {
  await waitForServer();
  const found = findChromium();
  const browser = await chromium.launch({
    ...(found.path ? { executablePath: found.path } : {}),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  mkdirSync(values.out, { recursive: true });
  for (const size of SIZES) {
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: size.scale,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`[${size.name}] ${message.text()}`);
    });
    // A long dwell: the screen must not move on while it is photographed.
    const query = ['dwell=3600', values.query].filter(Boolean).join('&');
    await page.goto(`http://127.0.0.1:${port}/#/present?${query}`);
    await slideReady(page);
    const total = await page.locator('main nav, main header ol li').count();
    const count = values.all ? total : 1;
    for (let n = 1; n <= count; n++) {
      if (n > 1) {
        const before = await page.locator('main').getAttribute('data-slide');
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(
          (previous) => document.querySelector('main')?.dataset.slide !== previous,
          before,
        );
        await slideReady(page);
      }
      const name = values.all ? `present-${size.name}-${n}.png` : `present-${size.name}.png`;
      await page.screenshot({ path: join(values.out, name) });
      console.log(`wrote ${join(values.out, name)}`);
    }
    await context.close();
  }
  await browser.close();
} finally {
  server.kill();
}
