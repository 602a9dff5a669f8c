import { expect, test } from './fixtures.ts';
import { openView } from './views.ts';

/** Filters that mean what they say, and links that keep the language they were copied in. */

test('on a department page the department chips go to that department, the current one chosen', async ({
  dashboardPage,
  page,
}) => {
  await dashboardPage.open('#/departments/shenxian-dawangzhai');
  const chip = (name: string) =>
    page.getByRole('region', { name: '筛选' }).getByRole('link', { name, exact: true });
  await expect(chip('大王寨镇')).toHaveAttribute('aria-current', 'page');
  await expect(chip('古城镇')).not.toHaveAttribute('aria-current');
  await chip('古城镇').click();
  await expect(page).toHaveURL(/#\/departments\/shenxian-gucheng$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('莘县古城镇');
  await expect(page.getByText('当前筛选下没有数据')).toHaveCount(0);
  await expect(chip('古城镇')).toHaveAttribute('aria-current', 'page');
  // Back returns to the page the reader came from.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('莘县大王寨镇');
});

test('a year that holds only an event shows that event, and the summary counts what is shown', async ({
  page,
}) => {
  await openView(page, '#/?year=2020');
  await expect(page.getByText('1 个单位 · 0 个数字 · 1 个事件 · 0 份名单')).toBeVisible();
  const records = page.getByRole('region', { name: '当前筛选下没有数字，只有这些事件与名单' });
  await expect(records).toContainText('2020年7月');
  await expect(records).toContainText('市审计局');
  await expect(records.getByRole('link', { name: /^来源：/ })).toHaveCount(1);
});

test('the summary line counts the departments, figures, events and lists under the filter', async ({
  page,
  request,
}) => {
  const dataset = (await (await request.get('./data/dataset.json')).json()) as {
    figures: Array<{ department: string }>;
    events: Array<{ department: string }>;
    lists: Array<{ department: string }>;
  };
  const of = (records: Array<{ department: string }>) =>
    records.filter((r) => r.department === 'liaocheng-audit-bureau').length;
  await openView(page, '#/?dept=liaocheng-audit-bureau');
  await expect(
    page.getByText(
      `1 个单位 · ${of(dataset.figures)} 个数字 · ${of(dataset.events)} 个事件 · ${of(dataset.lists)} 份名单`,
    ),
  ).toBeVisible();
});

test('a copied link keeps the language: English stays English after a view change and a reload', async ({
  page,
  dashboardPage,
}) => {
  await dashboardPage.open('#/');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  await expect(page).toHaveURL(/lang=en/);
  await page.getByRole('navigation').getByRole('link', { name: 'Timeline' }).click();
  await expect(page).toHaveURL(/#\/timeline\?lang=en$/);
  // A fresh tab with the copied address (no remembered choice) opens in English.
  const copied = page.url();
  const other = await page.context().newPage();
  await other.addInitScript(() => localStorage.clear());
  await other.goto(copied);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  await other.close();
  // Back to Chinese: the address carries no language, as Chinese is the default.
  await page.getByRole('button', { name: '切换到中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('时间线');
  await expect(page).not.toHaveURL(/lang=/);
});
