import type { APIRequestContext, Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';

type Figure = {
  id: string;
  article: string;
  department: string;
  value: number;
  unit: string;
  metric: { zh: string };
  quote: string;
};
type ServedDataset = {
  articles: Array<{ id: string; text: string; headline: { zh: string } | null }>;
  figures: Figure[];
};

/** The dataset the build under test serves: its ids are the ones in data/articles/*.json. */
async function servedDataset(request: APIRequestContext) {
  return (await (await request.get('./data/dataset.json')).json()) as ServedDataset;
}

/** The family-doctor sign-ups (343.76万人), found by value so a renamed id does not break the test. */
async function signUps(request: APIRequestContext) {
  const dataset = await servedDataset(request);
  const figure = dataset.figures.find((f) => f.value === 3437600 && f.unit === '人');
  if (!figure) throw new Error('the dataset has no 343.76万人 figure');
  return { dataset, figure };
}

/** Text as quotes are compared: without whitespace. */
const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, '');

async function expectHighlighted(current: Locator, quote: string) {
  await expect(current).toHaveCount(1);
  await expect(current).toBeInViewport();
  expect(squeeze(await current.textContent())).toContain(squeeze(quote));
}

test('a figure’s source link scrolls to its quote, highlights it and names the record', async ({
  dashboardPage,
  page,
  request,
}) => {
  const { figure } = await signUps(request);
  await dashboardPage.open(`#/sources?focus=${figure.id}`);
  await expect(page.getByRole('heading', { name: '来源', level: 1 })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(`正在查看：${figure.metric.zh}`);
  await expect(page.getByRole('status')).toContainText('343.76万人');

  const current = page.locator('mark[aria-current="true"]');
  await expectHighlighted(current, figure.quote);
  await expect(page.locator('article[aria-current="true"]')).toHaveCount(0);

  // Focusing the highlight shows the record; Esc closes it again.
  await current.focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(figure.metric.zh);
  await expect(tooltip).toContainText('343.76万人');
  await expect(tooltip).toContainText('市卫生健康委');
  await expect(current).toHaveAccessibleDescription(
    new RegExp(`${figure.metric.zh}.*343\\.76万人`),
  );
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await expect(current).toBeFocused();
});

test('highlights are reachable with the keyboard and explain themselves on hover', async ({
  dashboardPage,
  page,
  request,
}) => {
  const { figure } = await signUps(request);
  await dashboardPage.open(`#/sources?focus=${figure.id}`);
  const current = page.locator('mark[aria-current="true"]');
  await current.focus();
  await page.keyboard.press('Tab');
  const next = page.locator('mark:focus');
  await expect(next).toHaveAttribute('tabindex', '0');
  await expect(page.getByRole('tooltip')).toHaveCount(1);
  await expect(page.getByRole('tooltip')).not.toContainText(figure.metric.zh);

  await next.blur();
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await current.hover();
  await expect(page.getByRole('tooltip')).toContainText(figure.metric.zh);
  // The pointer may move onto the popover without it closing.
  await page.getByRole('tooltip').hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
});

test('every article is shown whole: highlighting loses or repeats no character', async ({
  dashboardPage,
  page,
  request,
}) => {
  const { dataset } = await signUps(request);
  await dashboardPage.open('#/sources');
  const articles = page.locator('article[data-article]');
  await expect(articles).toHaveCount(dataset.articles.length);
  for (const article of dataset.articles) {
    const text = page.locator(`article[data-article="${article.id}"] p:has(> mark)`);
    expect(await text.textContent()).toBe(article.text);
    await expect(
      page.locator(`article[data-article="${article.id}"]`).getByRole('heading', { level: 2 }),
    ).toHaveText(article.headline?.zh ?? '（原版面未印标题）');
  }
  await expect(page.locator('mark').first()).toBeVisible();
});

test('a 来源 link in the department view lands on the highlighted quote', async ({
  dashboardPage,
  page,
  request,
}) => {
  const { figure } = await signUps(request);
  await dashboardPage.open(`#/departments/${figure.department}`);
  await page
    .getByRole('link', { name: `来源：${figure.metric.zh}`, exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`#/sources\\?focus=${figure.id}$`));
  await expectHighlighted(page.locator('mark[aria-current="true"]'), figure.quote);
  await expect(page.getByRole('status')).toContainText(`正在查看：${figure.metric.zh}`);
});

test('an article id scrolls to the article; an unknown id says so', async ({
  dashboardPage,
  page,
  request,
}) => {
  const { dataset } = await signUps(request);
  const last = dataset.articles.at(-1)!;
  await dashboardPage.open(`#/sources?focus=${last.id}`);
  const article = page.locator('article[aria-current="true"]');
  await expect(article).toHaveAttribute('data-article', last.id);
  await expect(article).toBeInViewport();

  await dashboardPage.open('#/sources?focus=no-such-record');
  await expect(page.getByRole('status')).toHaveText('没有找到编号为“no-such-record”的记录。');
  await expect(page.locator('article[data-article]')).toHaveCount(dataset.articles.length);
});

test('the department filter keeps only that department’s articles', async ({
  dashboardPage,
  page,
  request,
}) => {
  const { figure } = await signUps(request);
  await dashboardPage.open(`#/sources?dept=${figure.department}`);
  await expect(page.locator('article[data-article]')).toHaveCount(1);
  await expect(page.locator('article[data-article]')).toHaveAttribute(
    'data-article',
    figure.article,
  );
});
