// Lighthouse 12.8.2 against `vite preview` of the production build, mobile and desktop presets:
//   npm run build && npm run bench:lighthouse [-- --runs 3] [-- --out /tmp/lh.json] [-- --dist dist]
// Prints median / min / max of the performance score, LCP, TBT and CLS and writes every run as
// JSON. Timings are reported, never pass/fail (issue 6; targets in docs/PERFORMANCE.md).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from './lib/find-chromium.ts';
import { startPreview } from './lib/preview-server.ts';
import { summarize, summaryHeader, summaryRow, type Summary } from './lib/stats.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: join(tmpdir(), 'bench-lighthouse.json') },
    path: { type: 'string', default: '' },
  },
});

const PRESETS = ['mobile', 'desktop'] as const;
type Preset = (typeof PRESETS)[number];

type Run = {
  preset: Preset;
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  lcpElement: string | undefined;
};

type LighthouseReport = {
  categories: { performance: { score: number | null } };
  audits: Record<
    string,
    { numericValue?: number; details?: { items?: { items?: { node?: { snippet?: string } }[] }[] } }
  >;
};

const chromeFlags = [
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

function runLighthouse(url: string, preset: Preset, output: string): Promise<void> {
  const args = [
    url,
    `--chrome-flags=${chromeFlags.join(' ')}`,
    '--only-categories=performance',
    '--output=json',
    `--output-path=${output}`,
    '--quiet',
    // Mobile is Lighthouse's default form factor and throttling.
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const chrome = findChromium().path;
  return new Promise((resolveRun, reject) => {
    const child = spawn('node_modules/.bin/lighthouse', args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolveRun() : reject(new Error(`lighthouse exited ${code}: ${stderr}`)),
    );
  });
}

function readRun(file: string, preset: Preset): Run {
  const report = JSON.parse(readFileSync(file, 'utf8')) as LighthouseReport;
  const numeric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const lcpItems = report.audits['largest-contentful-paint-element']?.details?.items;
  return {
    preset,
    score: Math.round((report.categories.performance.score ?? Number.NaN) * 100),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    fcpMs: numeric('first-contentful-paint'),
    lcpElement: lcpItems?.[0]?.items?.[0]?.node?.snippet,
  };
}

const runs = Math.max(1, Number(values.runs));
const server = await startPreview(values.dist);
const work = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
const url = server.url + values.path;
const results: Run[] = [];
try {
  for (const preset of PRESETS) {
    for (let i = 0; i < runs; i++) {
      const file = join(work, `${preset}-${i}.json`);
      await runLighthouse(url, preset, file);
      const run = readRun(file, preset);
      results.push(run);
      console.error(
        `${preset} run ${i + 1}/${runs}: score ${run.score}, LCP ${Math.round(run.lcpMs)} ms, ` +
          `TBT ${Math.round(run.tbtMs)} ms, CLS ${run.cls.toFixed(3)}`,
      );
    }
  }
} finally {
  server.stop();
  rmSync(work, { recursive: true, force: true });
}

const summaries: Record<string, Record<string, Summary>> = {};
const ms = (value: number) => `${Math.round(value)} ms`;
console.log(`\nLighthouse 12.8.2, ${runs} runs per preset, ${url}\n`);
console.log(summaryHeader('metric'));
for (const preset of PRESETS) {
  const mine = results.filter((run) => run.preset === preset);
  const summary = {
    score: summarize(mine.map((run) => run.score)),
    lcpMs: summarize(mine.map((run) => run.lcpMs)),
    tbtMs: summarize(mine.map((run) => run.tbtMs)),
    cls: summarize(mine.map((run) => run.cls)),
    fcpMs: summarize(mine.map((run) => run.fcpMs)),
  };
  summaries[preset] = summary;
  console.log(summaryRow(`${preset} performance score`, summary.score, (v) => String(v)));
  console.log(summaryRow(`${preset} LCP`, summary.lcpMs, ms));
  console.log(summaryRow(`${preset} TBT`, summary.tbtMs, ms));
  console.log(summaryRow(`${preset} CLS`, summary.cls, (v) => v.toFixed(3)));
  console.log(summaryRow(`${preset} FCP`, summary.fcpMs, ms));
  console.log(`${preset} LCP element: ${mine[0]?.lcpElement ?? '(none reported)'}`);
}

writeFileSync(
  values.out,
  JSON.stringify({ lighthouse: '12.8.2', url, runs, summaries, results }, null, 2) + '\n',
);
console.log(`\nwrote ${values.out}`);
