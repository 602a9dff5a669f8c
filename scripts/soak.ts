// Runs the presentation through many slide changes in Chromium and reports whether anything
// accumulates: the JS heap after a forced GC, DOM nodes, event listeners, live ECharts instances
// and intervals, at the start and at the end (issue 8, docs/PRESENTATION.md).
//   npm run soak                                   (builds to a temporary folder, 1000 changes)
//   npm run soak -- --changes 5000 --dwell 0.2 --dist dist --json soak.json
// Exits with 1 when the heap grew by more than --max-growth-mb or instances or listeners piled up.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { findChromium } from './lib/find-chromium.ts';

const { values } = parseArgs({
  options: {
    changes: { type: 'string', default: '1000' },
    /** Seconds per slide; the presentation accepts down to 0.05. */
    dwell: { type: 'string', default: '0.05' },
    /** A build to serve; without it the soak builds one into a temporary folder. */
    dist: { type: 'string' },
    port: { type: 'string', default: '4392' },
    'max-growth-mb': { type: 'string', default: '5' },
    /** Extra presentation parameters, e.g. `cycle=dept` or `stretch=1`. */
    query: { type: 'string', default: '' },
    json: { type: 'string' },
    /** Slide changes between heap readings along the way. */
    checkpoint: { type: 'string', default: '200' },
  },
});

const targetChanges = Number(values.changes);
const port = Number(values.port);
const maxGrowthBytes = Number(values['max-growth-mb']) * 1024 * 1024;
const checkpointEvery = Number(values.checkpoint);

type Sample = {
  heapUsedBytes: number;
  nodes: number;
  listeners: number;
  echartsInstances: number;
  chartsOnSlide: number;
  intervals: number;
  slide: string;
};

function log(message: string) {
  console.log(`[soak] ${message}`);
}

function build(): { dist: string; cleanup: () => void } {
  if (values.dist) return { dist: values.dist, cleanup: () => undefined };
  const dist = mkdtempSync(join(tmpdir(), 'soak-dist-'));
  log(`building into ${dist}`);
  const result = spawnSync(
    'node_modules/.bin/vite',
    ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('vite build failed');
  return { dist, cleanup: () => rmSync(dist, { recursive: true, force: true }) };
}

async function waitForServer() {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('vite preview did not start');
}

/**
 * Counts slide changes and live intervals from inside the page; the app itself has no hooks.
 * Plain JavaScript in a string: tsx would add helpers to a function that the page does not have.
 */
const INSTRUMENT = `
  (() => {
    const live = new Set();
    const setInterval = window.setInterval.bind(window);
    const clearInterval = window.clearInterval.bind(window);
    window.setInterval = (...args) => {
      const id = setInterval(...args);
      live.add(id);
      return id;
    };
    window.clearInterval = (id) => {
      live.delete(id);
      clearInterval(id);
    };
    const soak = { changes: 0, intervals: () => live.size };
    window.__soak = soak;
    new MutationObserver((records) => {
      soak.changes += records.filter((r) => r.attributeName === 'data-slide').length;
    }).observe(document, { attributes: true, attributeFilter: ['data-slide'], subtree: true });
  })();
`;

async function changesSoFar(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __soak: { changes: number } }).__soak.changes);
}

async function slideDrawn(page: Page) {
  await page.waitForFunction(() => {
    const charts = Array.from(document.querySelectorAll('main figure.chart'));
    return charts.every((figure) => figure.getAttribute('data-ready') === 'true');
  });
}

/** Pauses on the first slide, lets it draw, collects garbage and reads the counters. */
async function sample(page: Page, cdp: CDPSession): Promise<Sample> {
  if ((await page.locator('main').getAttribute('data-paused')) !== 'true') {
    await page.keyboard.press('p');
  }
  await page.keyboard.press('1');
  await page.waitForSelector('main[data-slide="overview"][data-paused="true"]');
  await slideDrawn(page);
  await page.waitForTimeout(1000);
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => (window as unknown as { gc?: () => void }).gc?.());
  }
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  const page_ = await page.evaluate(() => ({
    echartsInstances: document.querySelectorAll('[_echarts_instance_]').length,
    chartsOnSlide: document.querySelectorAll('main figure.chart').length,
    intervals: (window as unknown as { __soak: { intervals: () => number } }).__soak.intervals(),
    slide: document.querySelector('main')?.getAttribute('data-slide') ?? '',
  }));
  return {
    heapUsedBytes: heap.usedSize,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    ...page_,
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Runs the soak; true when nothing accumulated. */
async function soak(): Promise<boolean> {
  const { dist, cleanup } = build();
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist],
    { stdio: 'ignore' },
  );
  try {
    await waitForServer();
    const found = findChromium();
    const browser = await chromium.launch({
      ...(found.path ? { executablePath: found.path } : {}),
      args: [
        '--no-sandbox',
        '--js-flags=--expose-gc',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // A wall screen is never a background tab: keep timers at full speed.
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.addInitScript({ content: INSTRUMENT });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    const query = [`dwell=${values.dwell}`, values.query].filter(Boolean).join('&');
    log(`opening #/present?${query}`);
    await page.goto(`http://127.0.0.1:${port}/#/present?${query}`);
    await page.waitForSelector('main[data-slide]');

    // Warm up: one pass through the deck loads every code path and font before the baseline.
    const deck = await page.locator('main header ol li').count();
    await page.waitForFunction(
      (n) => (window as unknown as { __soak: { changes: number } }).__soak.changes >= n,
      deck + 1,
    );
    const start = await sample(page, cdp);
    log(
      `start: heap ${mb(start.heapUsedBytes)}, ${start.nodes} nodes, ${start.listeners} listeners`,
    );

    await page.keyboard.press('p');
    const began = Date.now();
    const offset = await changesSoFar(page);
    let done = 0;
    // The heap along the way (after a GC, while the deck keeps running): a leak climbs steadily,
    // a cache filling up levels off.
    const curve: Array<{ changes: number; heapUsedBytes: number }> = [];
    let nextCheckpoint = checkpointEvery;
    while (done < targetChanges) {
      await page.waitForTimeout(2000);
      done = (await changesSoFar(page)) - offset;
      if (done >= nextCheckpoint) {
        await cdp.send('HeapProfiler.collectGarbage');
        curve.push({
          changes: done,
          heapUsedBytes: (await cdp.send('Runtime.getHeapUsage')).usedSize,
        });
        nextCheckpoint += checkpointEvery;
      }
      const perMinute = Math.round((done / (Date.now() - began)) * 60_000);
      const heap = curve.at(-1);
      process.stdout.write(
        `\r[soak] ${done} / ${targetChanges} slide changes (${perMinute}/min)${heap ? `, heap ${mb(heap.heapUsedBytes)} at ${heap.changes}` : ''}   `,
      );
    }
    process.stdout.write('\n');
    const seconds = (Date.now() - began) / 1000;
    const end = await sample(page, cdp);

    const growth = end.heapUsedBytes - start.heapUsedBytes;
    const report = {
      command: `npm run soak -- ${process.argv.slice(2).join(' ')}`.trim(),
      chromium: browser.version(),
      viewport: '1920×1080',
      dwellSeconds: Number(values.dwell),
      slideChanges: done,
      deckSize: deck,
      seconds: Math.round(seconds),
      start,
      end,
      heapGrowthBytes: growth,
      curve,
      problems,
    };
    console.table({
      'JS heap after GC': { start: mb(start.heapUsedBytes), end: mb(end.heapUsedBytes) },
      'DOM nodes': { start: start.nodes, end: end.nodes },
      'JS event listeners': { start: start.listeners, end: end.listeners },
      'live ECharts instances': { start: start.echartsInstances, end: end.echartsInstances },
      'charts on the slide': { start: start.chartsOnSlide, end: end.chartsOnSlide },
      'live intervals': { start: start.intervals, end: end.intervals },
    });
    log(
      `heap along the way: ${curve.map((c) => `${c.changes}: ${mb(c.heapUsedBytes)}`).join(', ')}`,
    );
    log(`${done} slide changes in ${Math.round(seconds)} s; heap grew by ${mb(growth)}`);
    if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);

    const failures = [
      growth > maxGrowthBytes && `the heap grew by ${mb(growth)} (limit ${mb(maxGrowthBytes)})`,
      end.echartsInstances > end.chartsOnSlide &&
        `${end.echartsInstances} ECharts instances for ${end.chartsOnSlide} charts on screen`,
      end.listeners > start.listeners + 20 &&
        `event listeners grew from ${start.listeners} to ${end.listeners}`,
      end.intervals > start.intervals &&
        `intervals grew from ${start.intervals} to ${end.intervals}`,
      problems.length > 0 && `the page logged errors: ${problems.slice(0, 3).join(' | ')}`,
    ].filter((failure): failure is string => typeof failure === 'string');
    for (const failure of failures) console.error(`[soak] FAIL: ${failure}`);
    if (failures.length === 0) log('OK: nothing accumulates');
    await browser.close();
    return failures.length === 0;
  } finally {
    server.kill();
    cleanup();
  }
}

process.exit((await soak()) ? 0 : 1);
