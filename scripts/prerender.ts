// Puts the overview's HTML into dist/index.html after `vite build`, so the shell and the headline
// numbers paint from HTML and CSS before the entry chunk has run (issue 6, docs/PERFORMANCE.md,
// ADR 008). The browser replaces it with the live app once the dataset has loaded.
//
//   npm run build            (vite build && tsx scripts/prerender.ts)
//   tsx scripts/prerender.ts [--dist DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { createServer } from 'vite';
import type { Dataset } from '../src/domain/dataset-schema.ts';
import { ARCHIVE_META, planArchive } from '../src/domain/archive.ts';
import { filterDataset } from '../src/domain/filter-dataset.ts';
import { parseDataset } from '../src/domain/parse-dataset.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const indexPath = join(values.dist, 'index.html');
const datasetPath = join(values.dist, 'data', 'dataset.json');

const ROOT_TAG = '<div id="root"></div>';
const template = readFileSync(indexPath, 'utf8');
if (!template.includes(ROOT_TAG)) {
  // Already prerendered (a second run) or a changed template: say so rather than guess.
  throw new Error(`${indexPath} has no empty ${ROOT_TAG}; run vite build first`);
}

const parsed = parseDataset(JSON.parse(readFileSync(datasetPath, 'utf8')), datasetPath);
if (!parsed.ok) throw new Error(`${datasetPath} is invalid; the build should have failed`);
// A page that reads an archive of years opens on its latest year (ADR 015): prerender that.
const dataset: Dataset = template.includes(`name="${ARCHIVE_META}"`)
  ? latestYearOf(parsed.data)
  : parsed.data;

function latestYearOf(whole: Dataset): Dataset {
  const plan = planArchive(whole);
  const year = plan.chunks
    .flatMap((chunk) => chunk.recordYears)
    .sort()
    .at(-1);
  const filtered = filterDataset(whole, {
    departments: [],
    years: year ? [year] : [],
    categories: [],
  });
  const articles = new Set(
    [...filtered.figures, ...filtered.events, ...filtered.lists].map((r) => r.article),
  );
  return { ...whole, ...filtered, articles: whole.articles.filter((a) => articles.has(a.id)) };
}

// The page as a browser at the site's root with no stored choices would see it.
// Without the archive's tag: the prerender hands the app its dataset directly (the latest year).
const archiveTag = new RegExp(`<meta name="${ARCHIVE_META}"[^>]*>`);
const dom = new JSDOM(template.replace(archiveTag, ''), {
  url: 'http://localhost/',
  pretendToBeVisual: true,
});
const { window } = dom;
const globals: Record<string, unknown> = {
  window,
  document: window.document,
  navigator: window.navigator,
  localStorage: window.localStorage,
  location: window.location,
  HTMLElement: window.HTMLElement,
  Element: window.Element,
  Node: window.Node,
  Event: window.Event,
  getComputedStyle: window.getComputedStyle.bind(window),
  requestAnimationFrame: window.requestAnimationFrame.bind(window),
  cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
  // No system dark mode, no reduced motion: the CSS decides those in the browser.
  matchMedia: (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }),
  // Never fires: every chart stays a placeholder of its final size.
  IntersectionObserver: class {
    observe() {}
    disconnect() {}
    unobserve() {}
  },
};
Object.assign(window, {
  matchMedia: globals.matchMedia,
  IntersectionObserver: globals.IntersectionObserver,
});
for (const [key, value] of Object.entries(globals)) {
  Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
}

const server = await createServer({
  configFile: 'vite.config.ts',
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { renderOverviewHtml } = (await server.ssrLoadModule('/src/prerender.tsx')) as {
    renderOverviewHtml: (dataset: Dataset) => string;
  };
  const html = renderOverviewHtml(dataset);
  if (!html.includes('<main')) throw new Error('the prerendered overview has no <main>');
  writeFileSync(
    indexPath,
    template.replace(ROOT_TAG, `<div id="root" data-prerendered="overview">${html}</div>`),
  );
  console.log(
    `prerendered the overview into ${indexPath} (${(html.length / 1024).toFixed(1)} KiB)`,
  );
} finally {
  await server.close();
}
