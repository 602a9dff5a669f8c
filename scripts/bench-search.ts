// Search latency of issue 15: a 10-year synthetic archive (3,500× the real dataset, ~108,000
// figures, every name marked 合成/Synthetic), the index built in Node as the page builds it, and
// 20 queries in both languages. Prints the build time and the median/min/max query time.
// Run: npm run bench:search [-- --scale 3500]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildSearchIndex, search } from '../src/domain/search.ts';
import { SEARCH_QUERIES as QUERIES } from './lib/search-queries.ts';
import { syntheticDataset } from './lib/synthetic-dataset.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '3500' } } });
const scale = Number(values.scale);

// Common and rare, whole and partial, Chinese and English, one word and several, hits and misses.

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (x: number) => x.toFixed(1);

let t = performance.now();
const dataset = syntheticDataset({ scale });
const generated = performance.now() - t;
const items = dataset.lists.reduce((n, list) => n + list.items.length, 0);
console.log(
  `synthetic ${scale}×: ${dataset.figures.length} figures, ${dataset.events.length} events, ` +
    `${dataset.lists.length} lists (${items} items), ${dataset.departments.length} departments ` +
    `(generated in ${ms(generated)} ms)`,
);

t = performance.now();
const index = buildSearchIndex(dataset);
const build = performance.now() - t;
console.log(
  `index: ${ms(build)} ms to build, ${index.entryKind.length} records, ` +
    `${index.fieldKind.length} fields, ${(index.text.length / 1e6).toFixed(1)} M characters`,
);

search(index, '预热'); // first call: the segmenter and the scratch arrays
// Two passes: the first with a cold JIT (a reader's first queries), the second warm (typing on).
for (const pass of ['cold', 'warm']) {
  const times: number[] = [];
  for (const query of QUERIES) {
    t = performance.now();
    const result = search(index, query);
    const took = performance.now() - t;
    times.push(took);
    if (pass === 'cold') {
      console.log(
        `  ${ms(took).padStart(6)} ms  ${String(result.total).padStart(7)} hits  ${query}` +
          (result.segmented ? `  (as ${result.terms.join(' ')})` : ''),
      );
    }
  }
  console.log(
    `query (${pass}): median ${ms(median(times))} ms, min ${ms(Math.min(...times))} ms, ` +
      `max ${ms(Math.max(...times))} ms over ${times.length} queries (target ≤ 50 ms median)`,
  );
}
