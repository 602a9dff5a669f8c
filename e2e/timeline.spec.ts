import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';

type DatedRecord = { id: string; department: string; date: string };
type ServedDataset = {
  departments: Array<{ id: string; shortName: { zh: string } }>;
  figures: Array<DatedRecord & { metric: { zh: string } }>;
  events: Array<DatedRecord & { title: { zh: string } }>;
};

/** The dataset the build under test serves, so expectations follow the data. */
async function servedDataset(request: APIRequestContext) {
  return (await (await request.get('./data/dataset.json')).json()) as ServedDataset;
}

const datedToMonthOrDay = (record: DatedRecord) => record.date.length > 4;

test('the timeline draws the dated records on a time axis and lists every one by year', async ({
  dashboardPage,
  page,
  request,
}) => {
  const dataset = await servedDataset(request);
  const records = [...dataset.events, ...dataset.figures];
  await dashboardPage.open('#/timeline');
  await expect(page.getByRole('heading', { name: '时间线', level: 1 })).toBeVisible();
  await expect(
    page.getByText(
      `${records.length} 条有日期的记录：${dataset.events.length} 个事件，${dataset.figures.length} 个数字`,
    ),
  ).toBeVisible();

  const chart = dashboardPage.chart('大事记时间轴');
  await expect(chart).toBeVisible();
  await dashboardPage.chartsReady();

  // The list holds every dated record, the oldest (2020-07) first, each with its source link.
  const list = page.getByRole('region', { name: '按时间排列' });
  await expect(list.getByRole('listitem')).toHaveCount(records.length);
  const years = [...new Set(records.map((r) => r.date.slice(0, 4)))].sort();
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(years.map((y) => `${y} 年`));
  const oldest = [...dataset.events].sort((a, b) => a.date.localeCompare(b.date))[0]!;
  await expect(list.getByRole('listitem').first()).toContainText(oldest.title.zh);
  await expect(
    list
      .getByRole('listitem')
      .first()
      .getByRole('link', { name: `来源：${oldest.title.zh}` }),
  ).toBeVisible();

  // Figures that only know their year are grouped apart and say so.
  const yearOnly = dataset.figures.filter((f) => !datedToMonthOrDay(f) && f.date === '2023');
  const yearOnlyGroup = list.getByRole('region', { name: /2023 年（仅知年份）/ });
  await expect(yearOnlyGroup.getByRole('listitem')).toHaveCount(yearOnly.length);
  await expect(yearOnlyGroup.getByText('推断').first()).toBeVisible();

  // The chart's table has one row per record the axis can place.
  await dashboardPage.panel('大事记时间轴').getByRole('button', { name: '数据表' }).click();
  const table = dashboardPage.panel('大事记时间轴').getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(1 + records.filter(datedToMonthOrDay).length);
  await expect(table).toContainText('2020年7月');
});

test('a year in the URL narrows the timeline to that year', async ({
  dashboardPage,
  page,
  request,
}) => {
  const dataset = await servedDataset(request);
  const in2020 = [...dataset.events, ...dataset.figures].filter((r) => r.date.startsWith('2020'));
  await dashboardPage.open('#/timeline?year=2020');
  await expect(dashboardPage.filterChip('2020')).toHaveAttribute('aria-pressed', 'true');
  await dashboardPage.chartsReady();

  const list = page.getByRole('region', { name: '按时间排列' });
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(['2020 年']);
  await expect(list.getByRole('listitem')).toHaveCount(in2020.length);
  await expect(list.getByText('2023年')).toHaveCount(0);

  // Adding 2023 through the chips widens it again, and back narrows it.
  await dashboardPage.filterChip('2023').click();
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(['2020 年', '2023 年']);
  await page.goBack();
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(['2020 年']);
});

test('a filter that leaves no dated record says so instead of drawing an empty axis', async ({
  dashboardPage,
  page,
}) => {
  await dashboardPage.open('#/timeline?year=2020&dept=liaocheng-health-commission');
  await expect(page.getByRole('status').filter({ hasText: '当前筛选下没有数据。' })).toBeVisible();
  await expect(page.locator('figure.chart')).toHaveCount(0);
});

test('clicking a point on the time axis opens its source', async ({ dashboardPage, page }) => {
  await dashboardPage.open('#/timeline?year=2020');
  await dashboardPage.chartsReady();
  // One row: its points sit about 56 px below the top of the chart.
  await dashboardPage.clickFirstMark(dashboardPage.chart('大事记时间轴'), { skipTop: 56 });
  await expect(page).toHaveURL(/#\/sources\?year=2020&focus=[a-z0-9-]+$/);
  const current = page.locator('mark[aria-current="true"]');
  await expect(current).toBeInViewport();
  await expect(current).toContainText('2020年7月');
});
