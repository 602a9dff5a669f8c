// Filter → charts drawn, long tasks and JS heap, in Chromium against `vite preview` of the build:
//   npm run build && npm run bench:interaction [-- --runs 15] [-- --out /tmp/x.json] [-- --dist dist]
// A run clicks a department chip in the filter bar (on, then off again on the next run) and waits
// until every visible chart's `<figure class="chart">` has flipped to data-ready="false" and back
// to "true" (set on ECharts' `finished`). Measured twice: with the charts' normal animation, and
// with prefers-reduced-motion, where the app turns ECharts' animation off. Timings are reported,
// never pass/fail (issue 6; docs/PERFORMANCE.md).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium } from './lib/find-chromium.ts';
import { startPreview } from './lib/preview-server.ts';
import { summarize, summaryHeader, summaryRow, type Summary } from './lib/stats.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '15' },
    out: { type: 'string', default: join(tmpdir(), 'bench-interaction.json') },
  },
});

type LongTask = { start: number; duration: number };
type Measurement = { ms: number; charts: number; flipped: number; longTasks: LongTask[] };

declare global {
  interface Window {
    __benchLongTasks: LongTask[];
    __benchPending: Promise<Measurement> | undefined;
  }
}

/** Runs in the page before any script: records every long task from the start. */
function observeLongTasks() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Runs in the page just before the click. Resolves when every visible chart is ready again, timed
 * from the click event's timestamp to the mutation that made the last chart ready.
 */
function armMeasurement() {
  // Charts on screen, and charts drawn earlier: charts further down wait until scrolled near
  // (src/ui/near-viewport.ts) and have nothing to redraw.
  const visibleCharts = () =>
    Array.from(document.querySelectorAll<HTMLElement>('figure.chart')).filter((figure) => {
      const box = figure.getBoundingClientRect();
      const onScreen = box.bottom > 0 && box.top < innerHeight && box.height > 0;
      return onScreen || figure.querySelector('canvas') !== null;
    });
  window.__benchPending = new Promise<Measurement>((resolve, reject) => {
    let start: number | undefined;
    let flipped = 0;
    let frames = 0;
    const finish = (end: number) => {
      observer.disconnect();
      const begin = start ?? end;
      const longTasks = window.__benchLongTasks.filter(
        (task) => task.start + task.duration >= begin && task.start <= end,
      );
      resolve({ ms: end - begin, charts: visibleCharts().length, flipped, longTasks });
    };
    const check = () => {
      if (start === undefined) return false;
      const charts = visibleCharts();
      const ready = charts.every((figure) => figure.dataset.ready === 'true');
      // A filter change gives every chart a new option; if none flipped after a few frames there
      // was nothing to redraw and the wait ends there.
      if (ready && (flipped > 0 || frames >= 3)) {
        finish(performance.now());
        return true;
      }
      return false;
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if ((record.target as HTMLElement).dataset.ready === 'false') flipped++;
      }
      check();
    });
    observer.observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-ready'],
    });
    document.addEventListener(
      'click',
      (event) => {
        start = event.timeStamp;
        const tick = () => {
          frames++;
          if (!check()) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      },
      { capture: true, once: true },
    );
    setTimeout(() => reject(new Error('charts did not become ready within 10 s')), 10_000);
  });
}

async function allChartsReady(page: Page) {
  try {
    await page.waitForFunction(function allReady() {
      const charts = Array.from(document.querySelectorAll('figure.chart')).filter((f) => {
        const box = f.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight && box.height > 0;
      });
      return charts.length > 0 && charts.every((f) => f.getAttribute('data-ready') === 'true');
    });
  } catch (error) {
    const state = await page.evaluate(() =>
      Array.from(document.querySelectorAll('figure.chart')).map(
        (f) => `${f.getAttribute('aria-label')}: ${f.getAttribute('data-ready')}`,
      ),
    );
    throw new Error(`charts not ready: ${state.join('; ') || 'no charts'}`, { cause: error });
  }
}

type Scenario = { name: string; reducedMotion: 'reduce' | 'no-preference' };
const SCENARIOS: Scenario[] = [
  { name: 'animated (default)', reducedMotion: 'no-preference' },
  { name: 'reduced motion (no animation)', reducedMotion: 'reduce' },
];

type ScenarioResult = {
  scenario: string;
  filterToFinished: Summary;
  samples: Measurement[];
  longTasksDuringInteraction: { count: number; maxMs: number };
  longTasksDuringLoad: { count: number; maxMs: number };
  heapAfterLoadMB: number;
  loadToChartsReadyMs: number;
};

async function runScenario(browser: Browser, url: string, scenario: Scenario, runs: number) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    reducedMotion: scenario.reducedMotion,
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  // tsx compiles with keepNames, which wraps the nested functions sent to the page in `__name`.
  await page.addInitScript('globalThis.__name = (target) => target;');
  await page.addInitScript(observeLongTasks);
  await page.goto(url);
  await allChartsReady(page);
  const loadToChartsReadyMs = await page.evaluate(() => performance.now());
  const loadTasks = await page.evaluate(() => window.__benchLongTasks.slice());

  // Heap after load, after a forced garbage collection.
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');

  const chips = page.getByRole('region', { name: '筛选' }).locator('fieldset').first();
  const buttons = chips.getByRole('button');
  const chipCount = Math.min(3, await buttons.count());
  const samples: Measurement[] = [];
  // One warm-up pair, not counted: the first filter change also compiles code paths.
  for (let i = -2; i < runs; i++) {
    // On, off, on, off … cycling through the first few department chips.
    const chip = buttons.nth(Math.floor((i + 2) / 2) % chipCount);
    await page.evaluate(armMeasurement);
    await chip.click();
    const measurement = await page.evaluate(() => window.__benchPending as Promise<Measurement>);
    if (i >= 0) samples.push(measurement);
    await page.waitForTimeout(150);
  }
  await context.close();

  const interactionTasks = samples.flatMap((sample) => sample.longTasks);
  const result: ScenarioResult = {
    scenario: scenario.name,
    filterToFinished: summarize(samples.map((sample) => sample.ms)),
    samples,
    longTasksDuringInteraction: {
      count: interactionTasks.length,
      maxMs: Math.max(0, ...interactionTasks.map((task) => task.duration)),
    },
    longTasksDuringLoad: {
      count: loadTasks.length,
      maxMs: Math.max(0, ...loadTasks.map((task) => task.duration)),
    },
    heapAfterLoadMB: heap.usedSize / 1e6,
    loadToChartsReadyMs,
  };
  return result;
}

const runs = Math.max(1, Number(values.runs));
const server = await startPreview(values.dist);
const found = findChromium();
const browser = await chromium.launch({
  ...(found.path ? { executablePath: found.path } : {}),
  args: [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
const results: ScenarioResult[] = [];
try {
  for (const scenario of SCENARIOS) {
    results.push(await runScenario(browser, server.url, scenario, runs));
  }
} finally {
  await browser.close();
  server.stop();
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(`\nFilter change → every visible chart finished, ${runs} runs, ${server.url}\n`);
console.log(summaryHeader('measure', 44));
for (const result of results) {
  console.log(summaryRow(`${result.scenario}`, result.filterToFinished, ms, 44));
}
console.log('');
for (const result of results) {
  const charts = result.samples.map((sample) => sample.charts);
  console.log(`${result.scenario}:`);
  console.log(`  visible charts per run: ${Math.min(...charts)}–${Math.max(...charts)}`);
  console.log(
    `  long tasks > 50 ms during the ${runs} interactions: ${result.longTasksDuringInteraction.count}` +
      `, longest ${ms(result.longTasksDuringInteraction.maxMs)}`,
  );
  console.log(
    `  long tasks during load: ${result.longTasksDuringLoad.count}` +
      `, longest ${ms(result.longTasksDuringLoad.maxMs)}`,
  );
  console.log(`  page start → all charts ready: ${ms(result.loadToChartsReadyMs)}`);
  console.log(`  JS heap after load (after GC): ${result.heapAfterLoadMB.toFixed(1)} MB`);
}
writeFileSync(values.out, JSON.stringify({ url: server.url, runs, results }, null, 2) + '\n');
console.log(`\nwrote ${values.out}`);
