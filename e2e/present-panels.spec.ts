import type { Page } from '@playwright/test';
import type { ChartLabel, ChartMark } from '../src/charts/chart-probe.ts';
import { syntheticDataset } from '../scripts/lib/synthetic-dataset.ts';
import { expect, test } from './fixtures.ts';
import { forEverySlide, openView } from './views.ts';

/**
 * A slide draws a chart kind with the same panel as the desk (src/charts/): what the desk's
 * chart shows, the slide's shows too. Read from what ECharts drew.
 */

type Drawn = { name: string; labels: string[]; series: string[] };

async function drawnCharts(page: Page): Promise<Drawn[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.chart')].map((figure) => {
      const probe = figure as HTMLElement & {
        chartLabels?: () => ChartLabel[];
        chartMarks?: () => ChartMark[];
      };
      return {
        name: figure.getAttribute('aria-label') ?? '',
        labels: (probe.chartLabels?.() ?? []).map((label) => label.text),
        series: [...new Set((probe.chartMarks?.() ?? []).map((mark) => mark.series))],
      };
    }),
  );
}

/** The charts of the first slide whose key starts with `prefix`. */
async function slideCharts(page: Page, prefix: string): Promise<Drawn[]> {
  let found: Drawn[] | undefined;
  await forEverySlide(page, async (key) => {
    if (!found && key.startsWith(prefix)) found = await drawnCharts(page);
  });
  if (!found) throw new Error(`no slide ${prefix}`);
  return found;
}

/**
 * The date a timeline label prints, without its rich-text markup and its key:
 * "{date|② 2023年5月（推断）}" and "{date|2023年5月（推断）}\n{title|…}" → "2023年5月（推断）".
 */
const dateOf = (label: string) =>
  /\{date\|(?:[①-⑳]\s*)?([^}·]*?)(?:\s*·[^}]*)?\}/.exec(label)?.[1] ?? label;

/** The distinct dates marked 推断: the desk groups one day's records, the slide keys each. */
const inferredDates = (labels: readonly string[]) =>
  [...new Set(labels.map(dateOf).filter((date) => date.includes('（推断）')))].sort();

test.describe.configure({ timeout: 90_000 });

test('the timeline slide marks inferred dates as the desk timeline does', async ({ page }) => {
  await openView(page, '#/timeline');
  const [desk] = await drawnCharts(page);
  const deskInferred = inferredDates(desk!.labels);
  expect(deskInferred.length).toBeGreaterThan(0);

  await page.goto('./#/present?dwell=3600');
  const [slide] = await slideCharts(page, 'timeline');
  const slideInferred = inferredDates(slide!.labels);
  // The slide keys its marks ①, ②… to the list beside it; the dates and their 推断 are the desk's.
  expect(slideInferred).toEqual(deskInferred);
  // A date the text prints with its year carries no mark, on both.
  expect(slide!.labels.map(dateOf)).toContain('2020年7月');
  expect(desk!.labels.map(dateOf)).toContain('2020年7月');
});

test('the overview slide counts with the desk cap: seven departments and “others”', async ({
  page,
}) => {
  const dataset = syntheticDataset({ scale: 10, departments: 200, nameLength: 20 });
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));

  await openView(page, '#/');
  const [desk] = await drawnCharts(page);
  await page.goto('./#/present?dwell=3600');
  // The overview is the first slide: read it without walking 200 department slides.
  const stage = page.locator('main[data-slide="overview"]');
  await expect(stage.locator('figure.chart')).toHaveAttribute('data-ready', 'true');
  const [slide] = await drawnCharts(page);
  expect(slide!.series).toHaveLength(8);
  expect(slide!.series.at(-1)).toBe('其他 193 个单位');
  expect(slide!.series).toEqual(desk!.series);
  // A deck of 208 slides still fits the screen: the chart is on it, nothing runs off the side.
  const box = await stage.locator('figure.chart').boundingBox();
  const viewport = page.viewportSize()!;
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    viewport.width,
  );
});
