import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';

type ServedFigure = {
  id: string;
  value: number;
  unit: string;
  metric: { zh: string; en: string };
  quote: string;
};

/** The family-doctor sign-ups (343.76万人) of the seed data, found by value, not by id. */
async function signUps(request: APIRequestContext): Promise<ServedFigure> {
  const dataset = (await (await request.get('./data/dataset.json')).json()) as {
    figures: ServedFigure[];
  };
  const figure = dataset.figures.find((f) => f.value === 3437600 && f.unit === '人');
  if (!figure) throw new Error('the dataset has no 343.76万人 figure');
  return figure;
}

const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, '');

test('/ focuses the search; typing a word lists its figures and a source link leads to the quote', async ({
  dashboardPage,
  page,
  request,
}) => {
  const figure = await signUps(request);
  await dashboardPage.open('#/');
  const searchBox = page.getByRole('search').getByRole('searchbox', { name: '搜索' });
  await expect(searchBox).toBeVisible();

  await page.locator('body').press('/');
  await expect(searchBox).toBeFocused();
  await page.keyboard.type('签约');
  await expect(page).toHaveURL(/#\/search\?(.*&)?q=%E7%AD%BE%E7%BA%A6/);
  await expect(page.getByRole('heading', { name: '搜索', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /找到 \d+ 条结果/ })).toBeVisible();

  const hit = page.getByRole('listitem').filter({ hasText: figure.metric.zh }).first();
  await expect(hit).toContainText('343.76万人');
  await expect(hit.locator('mark').first()).toHaveText('签约');

  await hit.getByRole('link', { name: `来源：${figure.metric.zh}` }).click();
  await expect(page).toHaveURL(new RegExp(`#/sources\\?(.*&)?focus=${figure.id}`));
  const current = page.locator('mark[aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toBeInViewport();
  expect(squeeze(await current.textContent())).toContain(squeeze(figure.quote));
  // Typing made one history entry, not one per key: back twice returns to the overview.
  await page.goBack();
  await expect(page).toHaveURL(/#\/search\?/);
  await page.goBack();
  await expect(page).not.toHaveURL(/#\/search/);
});

test('Escape clears the field; / in a text field types a slash', async ({
  dashboardPage,
  page,
}) => {
  await dashboardPage.open('#/search?q=%E7%AD%BE%E7%BA%A6');
  const searchBox = page.getByRole('searchbox', { name: '搜索' });
  await expect(searchBox).toHaveValue('签约');
  await searchBox.focus();
  await page.keyboard.press('/');
  await expect(searchBox).toHaveValue('签约/');
  await page.keyboard.press('Escape');
  await expect(searchBox).toHaveValue('');
  await expect(page).toHaveURL(/#\/search(\?(?!.*q=).*)?$/);
});

test('in English the search finds a figure by its English metric', async ({
  dashboardPage,
  page,
  request,
}) => {
  const figure = await signUps(request);
  await dashboardPage.open('#/');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  const searchBox = page.getByRole('searchbox', { name: 'Search' });
  await expect(searchBox).toBeVisible();
  await page.locator('body').press('/');
  const words = figure.metric.en.split(/\s+/).slice(-2).join(' ').toUpperCase();
  await page.keyboard.type(words);
  await expect(page.getByRole('status').filter({ hasText: /\d+ results?/ })).toBeVisible();
  const hit = page.getByRole('listitem').filter({ hasText: figure.metric.en }).first();
  await expect(hit).toBeVisible();
  await expect(hit.getByRole('link', { name: `Source: ${figure.metric.en}` })).toHaveAttribute(
    'href',
    new RegExp(`focus=${figure.id}`),
  );
});
