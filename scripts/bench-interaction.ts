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
import { chromium, type Browser } from '@playwright/test';
import {
  nearChartsReady,
  instrumentPage,
  longTasksSoFar,
  timeClick,
  type Measurement,
} from './lib/chart-timing.ts';
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
  await instrumentPage(page);
  await page.goto(url);
  await nearChartsReady(page);
  const loadToChartsReadyMs = await page.evaluate(() => performance.now());
  const loadTasks = await longTasksSoFar(page);

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
    const measurement = await timeClick(page, () => chip.click(), 10_000);
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
