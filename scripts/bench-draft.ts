// The drafting benchmark of issue 12: `npm run bench:draft [-- --runs N]`. Drafts a
// 3,000-character page built from the seed texts (data/sources/*.txt, joined and cut) many times
// and prints the median, minimum and maximum time per draft: the reading, the quotes and dates,
// and the draft article file. Timings are reported, never pass/fail (docs/PERFORMANCE.md).
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { draftArticleFile } from '../src/domain/drafting/draft-article.ts';
import { readDraft } from '../src/domain/drafting/read-draft.ts';
import { publishedVocabulary } from './lib/published-vocabulary.ts';
import { summarize, summaryHeader, summaryRow } from './lib/stats.ts';

const PAGE_LENGTH = 3000;
const WARM_UP = 20;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '300' } } });
const runs = Number(values.runs);

const sources = resolve(import.meta.dirname, '..', 'data', 'sources');
const page = readdirSync(sources)
  .sort()
  .map((name) => readFileSync(join(sources, name), 'utf8'))
  .join('\n\n')
  .slice(0, PAGE_LENGTH);
const units = publishedVocabulary().units.map((u) => u.unit);

const draft = () => draftArticleFile('bench-page', readDraft(page, { year: 2023, units }));
for (let i = 0; i < WARM_UP; i++) draft();
const samples: number[] = [];
let figures = 0;
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  figures = draft().figures.length;
  samples.push(performance.now() - start);
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
console.log(
  `bench:draft: a ${page.length}-character page from data/sources (${figures} figures drafted), ${runs} runs after ${WARM_UP} to warm up; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(summaryHeader('per draft'));
console.log(summaryRow('readDraft + draftArticleFile', summarize(samples), ms));
