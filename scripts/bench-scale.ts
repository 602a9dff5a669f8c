// The scale benchmark of issue 6: synthetic datasets at 1×, 100× and 1,000× the real one.
//   npm run build && npm run bench:scale [-- --scales 1,100,1000] [-- --runs 5] [-- --loads 3]
//     [-- --filter-runs 7] [-- --out /tmp/bench-scale.json] [-- --dist dist]
// Per scale: parse + validate (JSON.parse + parseDataset) in Node; then, in Chromium against a
// copy of the production build that serves the synthetic dataset, per load: the app's own measure
// of reading the dataset in its worker (bytes posted → last part received), load → every visible chart data-ready, filter change → every visible chart finished,
// long tasks and the JS heap after a forced GC. The synthetic files live in a temporary directory
// only (never data/ or dist/) and every name in them starts with 合成 / "Synthetic".
// Timings are reported, never pass/fail (docs/PERFORMANCE.md).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { READ_MEASURE } from '../src/data/read-dataset.ts';
import { parseDataset } from '../src/domain/parse-dataset.ts';
import { findChromium } from './lib/find-chromium.ts';
import { startPreview } from './lib/preview-server.ts';
import { summarize, summaryHeader, summaryRow, type Summary } from './lib/stats.ts';
import { syntheticCounts, syntheticDataset } from './lib/synthetic-dataset.ts';
import { benchArchive, printArchive, type ArchiveResult } from './lib/bench-archive.ts';
import {
  nearChartsReady,
  instrumentPage,
  longTasksSoFar,
  timeClick,
  type LongTask,
} from './lib/chart-timing.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    scales: { type: 'string', default: '1,100,1000' },
    runs: { type: 'string', default: '5' },
    loads: { type: 'string', default: '3' },
    'filter-runs': { type: 'string', default: '7' },
    out: { type: 'string', default: join(tmpdir(), 'bench-scale.json') },
    // The archive of years (issue 15, ADR 015): scales of a ten-year synthetic archive ('' skips).
    archive: { type: 'string', default: '3500' },
  },
});

const scales = values.scales.split(',').filter(Boolean).map(Number);
const runs = Math.max(1, Number(values.runs));
const loads = Math.max(1, Number(values.loads));
const filterRuns = Math.max(1, Number(values['filter-runs']));

/** The app's own timing of reading the dataset (src/data/read-dataset.ts) in this load. */
async function readMeasure(page: Page): Promise<number> {
  const duration = await page.evaluate(
    (name) => performance.getEntriesByName(name, 'measure')[0]?.duration,
    READ_MEASURE,
  );
  if (duration === undefined) throw new Error('the page did not measure reading the dataset');
  return duration;
}

type ScaleResult = {
  scale: number;
  counts: ReturnType<typeof syntheticCounts>;
  bytes: { raw: number; gzip: number };
  node: { json: Summary; validate: Summary; total: Summary };
  chromium: {
    /** Text to dataset in the worker, until the page holds the last part (per load). */
    read: Summary;
    loadToChartsReady: Summary;
    longestTaskDuringLoad: Summary;
    heapAfterLoadMB: Summary;
    filterToFinished: Summary;
    longTasksDuringFilter: { count: number; maxMs: number };
    visibleCharts: number;
  };
};

function nodeParse(text: string) {
  const json: number[] = [];
  const validate: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const raw: unknown = JSON.parse(text);
    const t1 = performance.now();
    const result = parseDataset(raw, 'synthetic.json');
    const t2 = performance.now();
    if (!result.ok) throw new Error(`synthetic dataset invalid: ${JSON.stringify(result.issues)}`);
    json.push(t1 - t0);
    validate.push(t2 - t1);
    total.push(t2 - t0);
  }
  return { json: summarize(json), validate: summarize(validate), total: summarize(total) };
}

async function newPage(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    // No animation: the figure is the app's work, not ECharts' 400 ms update animation.
    reducedMotion: 'reduce',
    // The offline service worker would precache the (large) dataset in the background while the
    // page is measured; the benchmark is about the page.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`console error: ${message.text()}`);
  });
  await instrumentPage(page);
  return { context, page };
}

async function benchBrowser(browser: Browser, url: string, chipName: string) {
  const loadMs: number[] = [];
  const loadLongest: number[] = [];
  const heap: number[] = [];
  const filterMs: number[] = [];
  const filterTasks: LongTask[] = [];
  const readMs: number[] = [];
  let visibleCharts = 0;
  for (let load = 0; load < loads; load++) {
    const { context, page } = await newPage(browser);
    await page.goto(url);
    await nearChartsReady(page, 120_000);
    loadMs.push(await page.evaluate(() => performance.now()));
    readMs.push(await readMeasure(page));
    const tasks = await longTasksSoFar(page);
    loadLongest.push(Math.max(0, ...tasks.map((task) => task.duration)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    heap.push((await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6);

    if (load === loads - 1) {
      // Filter changes in the last page: a department on, then off again, one warm-up pair.
      const chip = () =>
        page
          .getByRole('region', { name: '筛选' })
          .getByRole('button', { name: chipName, exact: true })
          .first();
      for (let i = -2; i < filterRuns; i++) {
        const sample = await timeClick(page, () => chip().click({ timeout: 60_000 }), 60_000);
        if (i >= 0) {
          filterMs.push(sample.ms);
          filterTasks.push(...sample.longTasks);
          visibleCharts = Math.max(visibleCharts, sample.charts);
        }
        await page.waitForTimeout(150);
      }
    }
    await context.close();
  }
  return {
    read: summarize(readMs),
    loadToChartsReady: summarize(loadMs),
    longestTaskDuringLoad: summarize(loadLongest),
    heapAfterLoadMB: summarize(heap),
    filterToFinished: summarize(filterMs),
    longTasksDuringFilter: {
      count: filterTasks.length,
      maxMs: Math.max(0, ...filterTasks.map((task) => task.duration)),
    },
    visibleCharts,
  };
}

const work = mkdtempSync(join(tmpdir(), 'bench-scale-'));
// A copy of the build, so a rebuild in the checkout during the bench does not change what runs.
const distCopy = join(work, 'dist');
cpSync(values.dist, distCopy, { recursive: true });

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
    '--enable-precise-memory-info',
  ],
});
const results: ScaleResult[] = [];
const archiveResults: ArchiveResult[] = [];
const failures: Array<{ scale: number; node: ScaleResult['node']; error: string }> = [];
const load = [loadavg()[0]!];
try {
  for (const scale of scales) {
    const dataset = syntheticDataset({ scale });
    const text = JSON.stringify(dataset);
    // Only the copy in the temporary directory ever holds the synthetic dataset.
    writeFileSync(join(distCopy, 'data', 'dataset.json'), text);
    console.log(`${scale}×: ${dataset.figures.length} figures, ${text.length} bytes; measuring…`);
    const node = nodeParse(text);
    const server = await startPreview(distCopy);
    try {
      const chipName = dataset.departments[1]?.shortName.zh ?? '';
      const browserResult = await benchBrowser(browser, server.url, chipName);
      results.push({
        scale,
        counts: syntheticCounts({ scale }),
        bytes: { raw: Buffer.byteLength(text), gzip: gzipSync(text).length },
        node,
        chromium: browserResult,
      });
    } catch (error) {
      // A scale the page cannot handle is a result too: say so and go on with the next one.
      console.error(`${scale}×: the browser part failed: ${(error as Error).message}`);
      failures.push({ scale, node, error: (error as Error).message.split('\n')[0] ?? '' });
    } finally {
      server.stop();
    }
    load.push(loadavg()[0]!);
  }
  for (const scale of values.archive.split(',').filter(Boolean).map(Number)) {
    archiveResults.push(await benchArchive(browser, distCopy, scale, loads, newPage));
    load.push(loadavg()[0]!);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (value: number) => `${value.toFixed(1)} MB`;
console.log(
  `\nScale benchmark: median / min / max; parse ${runs} runs, ${loads} loads, ${filterRuns}`,
);
console.log(`filter changes per scale; Chromium with reduced motion (no chart animation)\n`);
for (const r of results) {
  const c = r.chromium;
  console.log(
    `${r.scale}× — ${r.counts.figures} figures, ${r.counts.departments} departments, ` +
      `${(r.bytes.raw / 1e6).toFixed(2)} MB JSON (${(r.bytes.gzip / 1e6).toFixed(2)} MB gzip)`,
  );
  console.log(summaryHeader('  measure', 44));
  console.log(summaryRow('  Node: JSON.parse', r.node.json, ms, 44));
  console.log(summaryRow('  Node: parseDataset (zod)', r.node.validate, ms, 44));
  console.log(summaryRow('  Node: parse + validate', r.node.total, ms, 44));
  console.log(summaryRow('  Chromium: decode + validate (worker)', c.read, ms, 44));
  console.log(summaryRow('  load → all charts ready', c.loadToChartsReady, ms, 44));
  console.log(summaryRow('  longest task during load', c.longestTaskDuringLoad, ms, 44));
  console.log(summaryRow('  JS heap after load (after GC)', c.heapAfterLoadMB, mb, 44));
  console.log(summaryRow('  filter → visible charts finished', c.filterToFinished, ms, 44));
  console.log(
    `  long tasks during the filter changes: ${c.longTasksDuringFilter.count}, longest ` +
      `${ms(c.longTasksDuringFilter.maxMs)}; visible charts: ${c.visibleCharts}\n`,
  );
}
for (const f of failures) {
  console.log(`${f.scale}× — browser part FAILED: ${f.error}`);
  console.log(summaryRow('  Node: parse + validate', f.node.total, ms, 44));
}
for (const r of archiveResults) printArchive(r);
console.log(`load average (1 min) at start and after each scale: ${load.map((l) => l.toFixed(2))}`);
writeFileSync(
  values.out,
  JSON.stringify(
    { date: new Date().toISOString(), loadAverage: load, results, failures, archiveResults },
    null,
    2,
  ) + '\n',
);
console.log(`wrote ${values.out}`);
