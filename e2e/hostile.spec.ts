import type { Page, Route } from '@playwright/test';
import { parseDataset } from '../src/domain/parse-dataset.ts';
import { expect, test } from './fixtures.ts';
import { ALL_VIEWS, hoverCharts, openView } from './views.ts';

/** What a hostile editor or a tampered file could put into any text of the dataset. */
const PAYLOAD = ' <img src=x onerror=alert(1)><script>alert(1)</script>javascript:alert(1) {b|x}';

// Keys whose values the schema pins down (ids, enums, dates, paths): they cannot carry a payload.
const PINNED = new Set([
  // Words of the quote itself (the build reads them from it): a payload there is no value's.
  'printed',
  'id',
  'department',
  'article',
  'category',
  'unit',
  'dimension',
  'qualifier',
  'date',
  'dateBasis',
  'kind',
  'source',
  'group',
  'countFigure',
  'numeral',
  'departments',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Appends the payload to every free-text string; quotes stay verbatim in their article's text. */
function poison(value: Json, key = ''): Json {
  if (typeof value === 'string') return PINNED.has(key) ? value : value + PAYLOAD;
  if (Array.isArray(value)) return value.map((item) => poison(item, key));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(value)) out[k] = k === 'text' ? v : poison(v, k);
  return out;
}

function poisonDataset(dataset: Json): Json {
  const poisoned = poison(dataset) as { articles: Array<{ id: string; text: string }> } & Record<
    string,
    Json
  >;
  // Each poisoned quote must still appear in its article: append them to the text, which then
  // carries the payload as well.
  const quotes = new Map<string, string[]>();
  for (const kind of ['figures', 'events'] as const) {
    for (const record of poisoned[kind] as Array<{ article: string; quote: string }>) {
      quotes.set(record.article, [...(quotes.get(record.article) ?? []), record.quote]);
    }
  }
  for (const list of poisoned.lists as Array<{
    article: string;
    items: Array<{ quote: string }>;
  }>) {
    for (const item of list.items) {
      quotes.set(list.article, [...(quotes.get(list.article) ?? []), item.quote]);
    }
  }
  for (const article of poisoned.articles) {
    article.text = [article.text + PAYLOAD, ...(quotes.get(article.id) ?? [])].join('\n');
  }
  return poisoned as unknown as Json;
}

async function serveHostileDataset(page: Page) {
  await page.route('**/data/dataset.json', async (route: Route) => {
    const response = await route.fetch();
    const hostile = poisonDataset((await response.json()) as Json);
    // Every record must pass validation, or the test would see an error page or fewer records.
    const parsed = parseDataset(hostile, 'hostile');
    expect(parsed.ok ? parsed.quarantined : parsed.issues).toEqual([]);
    await route.fulfill({ response, json: hostile });
  });
}

/** Fails on any dialog (alert) and records every request that leaves the page's origin. */
function watch(page: Page, origin: string) {
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') {
      foreign.push(request.url());
    }
  });
  return { dialogs, foreign };
}

test.describe('hostile strings in the dataset', () => {
  for (const view of ALL_VIEWS) {
    test(`are shown as text on ${view.name}, and nothing runs`, async ({ page, baseURL }) => {
      test.setTimeout(90_000);
      const { dialogs, foreign } = watch(page, new URL(baseURL ?? '').origin);
      await serveHostileDataset(page);
      await openView(page, view.hash);
      await hoverCharts(page);
      for (const button of await page.getByRole('button', { name: '数据表' }).all()) {
        await button.click();
      }
      // The payload is on screen as characters…
      await expect(page.getByText('<img src=x onerror=alert(1)>').first()).toBeAttached();
      // …and never became an element or a link.
      await expect(page.locator('img[src="x"], [onerror], a[href^="javascript:" i]')).toHaveCount(
        0,
      );
      expect(
        await page
          .locator('script')
          .evaluateAll((s) => s.filter((e) => e.textContent?.includes('alert(1)')).length),
      ).toBe(0);
      expect(dialogs).toEqual([]);
      expect(foreign).toEqual([]);
    });
  }

  test('show a department name literally, with the hostile part', async ({ page }) => {
    await serveHostileDataset(page);
    await openView(page, '#/departments/liaocheng-health-commission');
    await expect(
      page.getByRole('heading', { level: 1 }).filter({ hasText: '<script>alert(1)</script>' }),
    ).toBeVisible();
  });
});

test('every request of every view goes to the page origin', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const { dialogs, foreign } = watch(page, new URL(baseURL ?? '').origin);
  for (const view of ALL_VIEWS) {
    await openView(page, view.hash);
    await hoverCharts(page);
  }
  expect(foreign).toEqual([]);
  expect(dialogs).toEqual([]);
});
