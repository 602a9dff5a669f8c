// Many departments with very long names (issue 5: 200 departments, names 200 characters long),
// served in place of the real dataset. The dataset is synthetic and says so in every name.
import type { Page } from '@playwright/test';
import { syntheticDataset } from '../scripts/lib/synthetic-dataset.ts';
import { DashboardPage } from './pages/dashboard-page.ts';
import { expect, test } from './fixtures.ts';

const dataset = syntheticDataset({ scale: 10, departments: 200, nameLength: 200 });
const target = dataset.departments[123]!;
const figuresOfTarget = dataset.figures.filter((f) => f.department === target.id).length;

test.beforeEach(async ({ page }) => {
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));
});

async function noSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
}

const summary = (page: Page) => page.getByRole('main').getByText(/个单位 · .* 个数字/);

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the overview of 200 long-named departments fits ${viewport.width}px`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    const dashboard = new DashboardPage(page);
    await dashboard.open('#/');
    await expect(summary(page)).toContainText(`200 个单位 · ${dataset.figures.length} 个数字`);
    await dashboard.chartsReady();
    await noSidewaysScroll(page);

    // The first card names its department cut short, with the full name one hover away.
    const card = page
      .getByRole('region', { name: /要闻数字/ })
      .getByRole('listitem')
      .first();
    const name = card.locator('p').first();
    await expect(name).toHaveAttribute('title', dataset.departments[0]!.name.zh);
    const [nameBox, cardBox] = [await name.boundingBox(), await card.boundingBox()];
    expect(nameBox!.width).toBeLessThanOrEqual(cardBox!.width);
    expect(nameBox!.height).toBeLessThan(80);

    // Eight cards, and a button for all 200.
    const cards = page.getByRole('region', { name: /要闻数字/ }).getByRole('listitem');
    await expect(cards).toHaveCount(8);
    await page.getByRole('button', { name: '显示全部 200 个单位' }).click();
    await expect(cards).toHaveCount(200);
    await noSidewaysScroll(page);
    await page.getByRole('button', { name: '只显示前 8 个' }).click();
    await expect(cards).toHaveCount(8);

    // The count chart gives the seven departments with a colour of their own a series each
    // and sums the rest (src/domain/count-model.ts).
    await expect(page.getByText('其余 193 个单位合为“其他”')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await testInfo.attach(`overview-${viewport.width}`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
  });
}

test('the department filter finds, chooses and drops one of 200 departments', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.open('#/');
  const filters = page.getByRole('region', { name: '筛选' });
  const search = filters.getByRole('searchbox', { name: '搜索单位' });
  const departments = filters.locator('fieldset').first();

  // A bounded list, not 200 buttons, and it says how many more there are.
  await expect(departments.getByRole('button')).toHaveCount(40);
  await expect(filters.getByText('另有 160 个单位，输入名称查找。')).toBeVisible();
  await noSidewaysScroll(page);

  // The chip's label is cut short; its title holds the full name.
  const chip = departments.getByRole('button', { name: target.shortName.zh, exact: true });
  await search.fill(target.shortName.zh.slice(0, 5));
  await expect(departments.getByRole('button')).toHaveCount(1);
  await expect(chip).toHaveAttribute('title', target.name.zh);

  // Enter in the search box chooses the first match; the overview narrows to it.
  await search.press('Enter');
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(new RegExp(`dept=${target.id}`));
  await expect(summary(page)).toContainText(`1 个单位 · ${figuresOfTarget} 个数字`);
  await dashboard.chartsReady();

  // Clicking the chosen chip drops the filter again.
  await chip.click();
  await expect(summary(page)).toContainText('200 个单位');
  await expect(page).not.toHaveURL(/dept=/);
});

test('the department filter works by keyboard alone', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.open('#/');
  const search = page.getByRole('searchbox', { name: '搜索单位' });
  await search.focus();
  await page.keyboard.type(dataset.departments[7]!.shortName.zh.slice(0, 3));
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`dept=${dataset.departments[7]!.id}`));
});
