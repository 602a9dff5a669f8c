import { expect, test } from './fixtures.ts';

test('opens the overview in Chinese with the navigation and a drawn chart', async ({
  dashboardPage,
  page,
}) => {
  await dashboardPage.open();
  await expect(page).toHaveTitle('聊城新闻数据看板');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  for (const name of ['总览', '单位', '对比', '时间线', '来源', '演示']) {
    await expect(dashboardPage.nav.getByRole('link', { name })).toBeVisible();
  }
  await expect(dashboardPage.nav.getByRole('link', { name: '总览' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await dashboardPage.chartsReady();
});

test('switches theme and remembers it after a reload', async ({ dashboardPage, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await dashboardPage.open();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const lightBackground = await background();

  await page.getByRole('button', { name: '切换到深色主题' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(lightBackground);
  await dashboardPage.chartsReady();

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: '切换到浅色主题' })).toBeVisible();
});

test('follows the system dark setting until the user picks a theme', async ({
  dashboardPage,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await dashboardPage.open();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the navigation keeps the filters in the link', async ({ dashboardPage, page }) => {
  await dashboardPage.open('#/?year=2023');
  await dashboardPage.nav.getByRole('link', { name: '对比' }).click();
  await expect(page).toHaveURL(/#\/compare\?year=2023$/);
  await page.goBack();
  await expect(page).toHaveURL(/#\/\?year=2023$/);
});
