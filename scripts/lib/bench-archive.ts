// The ten-year archive case of `npm run bench:scale` (issue 15, ADR 015): a synthetic archive
// (every name 合成 / "Synthetic") split as the build splits data/, served from a temporary copy of
// the build whose page names the index. Reported, never pass/fail (docs/PERFORMANCE.md).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { CHUNK_MEASURE } from '../../src/data/fetch-archive.ts';
import { readChunk } from '../../src/domain/archive-schema.ts';
import { buildSearchIndex, search } from '../../src/domain/search.ts';
import { archiveFiles, archiveMetaTag } from './archive-files.ts';
import { longTasksSoFar } from './chart-timing.ts';
import { startPreview } from './preview-server.ts';
import { SEARCH_QUERIES } from './search-queries.ts';
import { summarize, summaryHeader, summaryRow, type Summary } from './stats.ts';
import { syntheticDataset } from './synthetic-dataset.ts';

export type ArchiveResult = {
  scale: number;
  figures: number;
  chunks: number;
  bytes: { index: number; chunks: number };
  node: {
    /** Over all chunks: the digest, JSON.parse, the signed (shape) check; one chunk in full. */
    allChunks: { digest: number; parse: number; shapeCheck: number; total: number };
    perChunk: Summary;
    fullCheckOneChunk: number;
    searchBuild: number;
    searchQuery: Summary;
  };
  chromium: {
    firstCharts: Summary;
    chunkRead: Summary;
    yearSwitch: Summary;
    allYears: Summary;
    heapAllLoadedMB: Summary;
    longestTask: Summary;
  };
};

type NewPage = (browser: Browser) => Promise<{ context: BrowserContext; page: Page }>;

/** Sets the hash and resolves, in ms, once the chunks it asked for arrived and the charts drew. */
function timeHash(page: Page, hash: string, timeoutMs = 120_000): Promise<number> {
  return page.evaluate(
    ({ hash, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        let seenLoading = false;
        location.hash = hash;
        const tick = () => {
          if (document.querySelector('progress')) seenLoading = true;
          const charts = Array.from(document.querySelectorAll('figure.chart')).filter((f) => {
            const box = f.getBoundingClientRect();
            return box.height > 0 && box.top < 1.5 * innerHeight && box.bottom > -0.5 * innerHeight;
          });
          const ready =
            seenLoading &&
            !document.querySelector('progress') &&
            charts.length > 0 &&
            charts.every((f) => f.getAttribute('data-ready') === 'true');
          if (ready) resolve(performance.now() - start);
          else if (performance.now() - start > timeoutMs) reject(new Error(`${hash}: timed out`));
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { hash, timeoutMs },
  );
}

/** Page start → the latest year's charts drawn (the app opens an archive on its latest year). */
async function firstChartsReady(page: Page, timeoutMs = 120_000): Promise<number> {
  await page.waitForFunction(
    () => {
      if (document.querySelector('#root[data-prerendered]')) return false;
      if (!/year=\d{4}/.test(location.hash) || document.querySelector('progress')) return false;
      const charts = Array.from(document.querySelectorAll('figure.chart')).filter((f) => {
        const box = f.getBoundingClientRect();
        return box.height > 0 && box.top < 1.5 * innerHeight && box.bottom > -0.5 * innerHeight;
      });
      return charts.length > 0 && charts.every((f) => f.getAttribute('data-ready') === 'true');
    },
    undefined,
    { timeout: timeoutMs, polling: 'raf' },
  );
  return page.evaluate(() => performance.now());
}

function nodePart(scale: number) {
  const dataset = syntheticDataset({ scale, archive: true });
  const { index, files } = archiveFiles(dataset);
  const text = new Map(files.map((file) => [file.fileName, file.text]));
  const all = { digest: 0, parse: 0, shapeCheck: 0, total: 0 };
  const perChunk: number[] = [];
  let fullCheckOneChunk = 0;
  for (const entry of index.chunks) {
    const body = text.get(`data/archive/${entry.file}`)!;
    const t0 = performance.now();
    const digest = createHash('sha256').update(body, 'utf8').digest('hex');
    const t1 = performance.now();
    const json: unknown = JSON.parse(body);
    const t2 = performance.now();
    const read = readChunk(json, index.header, entry, entry.file, digest === entry.sha256);
    const t3 = performance.now();
    if (!read.ok || digest !== entry.sha256) throw new Error(`chunk ${entry.key} did not read`);
    all.digest += t1 - t0;
    all.parse += t2 - t1;
    all.shapeCheck += t3 - t2;
    perChunk.push(t3 - t0);
    if (entry === index.chunks.at(-1)) {
      const t4 = performance.now();
      const full = readChunk(JSON.parse(body), index.header, entry, entry.file, false);
      fullCheckOneChunk = performance.now() - t4;
      if (!full.ok || full.quarantined.length > 0) throw new Error('the full check failed');
    }
  }
  all.total = all.digest + all.parse + all.shapeCheck;
  let t = performance.now();
  const searchIndex = buildSearchIndex(dataset);
  const searchBuild = performance.now() - t;
  search(searchIndex, '预热');
  const queries = SEARCH_QUERIES.map((query) => {
    t = performance.now();
    search(searchIndex, query);
    return performance.now() - t;
  });
  return {
    dataset,
    files,
    index,
    node: {
      allChunks: all,
      perChunk: summarize(perChunk),
      fullCheckOneChunk,
      searchBuild,
      searchQuery: summarize(queries),
    },
  };
}

export async function benchArchive(
  browser: Browser,
  distCopy: string,
  scale: number,
  loads: number,
  newPage: NewPage,
): Promise<ArchiveResult> {
  console.log(`archive ${scale}×: generating and splitting…`);
  const { dataset, files, index, node } = nodePart(scale);
  const indexHtml = join(distCopy, 'index.html');
  const page0 = readFileSync(indexHtml, 'utf8');
  rmSync(join(distCopy, 'data', 'archive'), { recursive: true, force: true });
  for (const { fileName, text } of files) {
    mkdirSync(dirname(join(distCopy, fileName)), { recursive: true });
    writeFileSync(join(distCopy, fileName), text);
  }
  // The seed's overview stays prerendered: the page under test is the live app's.
  writeFileSync(indexHtml, page0.replace('</title>', `</title>\n    ${archiveMetaTag()}`));
  const years = index.chunks.map((chunk) => chunk.key).sort();
  const server = await startPreview(distCopy);
  const first: number[] = [];
  const chunkRead: number[] = [];
  const switches: number[] = [];
  const allYears: number[] = [];
  const heap: number[] = [];
  const longest: number[] = [];
  try {
    for (let load = 0; load < loads; load++) {
      const { context, page } = await newPage(browser);
      await page.goto(server.url);
      first.push(await firstChartsReady(page));
      // Three earlier years, one at a time: each a chunk not read yet.
      for (const year of years.slice(-4, -1).reverse()) {
        switches.push(await timeHash(page, `#/?year=${year}`));
      }
      allYears.push(await timeHash(page, '#/'));
      chunkRead.push(
        ...(await page.evaluate(
          (name) => performance.getEntriesByName(name, 'measure').map((m) => m.duration),
          CHUNK_MEASURE,
        )),
      );
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      heap.push((await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6);
      longest.push(Math.max(0, ...(await longTasksSoFar(page)).map((task) => task.duration)));
      await context.close();
    }
  } finally {
    server.stop();
    writeFileSync(indexHtml, page0);
  }
  const chunkBytes = files
    .filter((file) => !file.fileName.endsWith('index.json'))
    .reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
  return {
    scale,
    figures: dataset.figures.length,
    chunks: index.chunks.length,
    bytes: {
      index: Buffer.byteLength(files.find((f) => f.fileName.endsWith('index.json'))!.text),
      chunks: chunkBytes,
    },
    node: {
      allChunks: node.allChunks,
      perChunk: node.perChunk,
      fullCheckOneChunk: node.fullCheckOneChunk,
      searchBuild: node.searchBuild,
      searchQuery: node.searchQuery,
    },
    chromium: {
      firstCharts: summarize(first),
      chunkRead: summarize(chunkRead),
      yearSwitch: summarize(switches),
      allYears: summarize(allYears),
      heapAllLoadedMB: summarize(heap),
      longestTask: summarize(longest),
    },
  };
}

export function printArchive(r: ArchiveResult) {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const mb = (value: number) => `${value.toFixed(1)} MB`;
  const a = r.node.allChunks;
  console.log(
    `archive ${r.scale}× (合成) — ${r.figures} figures in ${r.chunks} yearly chunks, ` +
      `${(r.bytes.chunks / 1e6).toFixed(1)} MB of chunks, index ${(r.bytes.index / 1e3).toFixed(0)} kB`,
  );
  console.log(
    `  Node, all chunks: digest ${ms(a.digest)} + JSON.parse ${ms(a.parse)} + shape check ` +
      `${ms(a.shapeCheck)} = ${ms(a.total)}; one chunk checked in full ${ms(r.node.fullCheckOneChunk)}`,
  );
  console.log(`  Node: search index built in ${ms(r.node.searchBuild)}`);
  console.log(summaryHeader('  measure', 44));
  console.log(summaryRow('  Node: one chunk, digest + parse + shape', r.node.perChunk, ms, 44));
  console.log(summaryRow('  Node: search, 20 queries', r.node.searchQuery, ms, 44));
  const c = r.chromium;
  console.log(summaryRow('  page start → latest year charts', c.firstCharts, ms, 44));
  console.log(summaryRow('  chunk fetch + read (worker)', c.chunkRead, ms, 44));
  console.log(summaryRow('  year switch (chunk not read) → charts', c.yearSwitch, ms, 44));
  console.log(summaryRow('  all years (6 more chunks) → charts', c.allYears, ms, 44));
  console.log(summaryRow('  JS heap, all years loaded (after GC)', c.heapAllLoadedMB, mb, 44));
  console.log(summaryRow('  longest task, whole page life', c.longestTask, ms, 44));
}
