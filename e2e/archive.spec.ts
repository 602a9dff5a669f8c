import type { Page } from '@playwright/test';
import { ARCHIVE_BASE_URL } from './archive-server.ts';
import { expect, test } from './fixtures.ts';

// The archive of years (ADR 015) on a build of e2e/fixtures/years: 2022, 2023 and 2024, one
// chunk each. The seed page is one year and reads its one file; these tests need several.
test.use({ baseURL: ARCHIVE_BASE_URL });

/** The chunk files the page asked for, by year, in order. */
function chunkLog(page: Page): string[] {
  const log: string[] = [];
  page.on('request', (request) => {
    const match = /\/data\/archive\/(\d{4}|undated)-[0-9a-f]{10}\.json$/.exec(request.url());
    if (match) log.push(match[1]!);
  });
  return log;
}

const yearChip = (page: Page, name: string) =>
  page.getByRole('region', { name: '筛选' }).getByRole('button', { name, exact: true });

test('opens on the latest year and fetches only the chunks the year filter needs', async ({
  dashboardPage,
  page,
}) => {
  const log = chunkLog(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await dashboardPage.open('#/');
  await expect(page).toHaveURL(/year=2024/);
  await expect(yearChip(page, '2024')).toHaveAttribute('aria-pressed', 'true');
  await dashboardPage.chartsReady();
  expect(log).toEqual(['2024']);
  // The one-file dataset is not read at all.
  expect(requests).not.toContain('/data/dataset.json');
  // A year not loaded yet is marked, and its chip says so.
  await expect(yearChip(page, '2022')).toHaveAttribute('data-unloaded', 'true');
  await expect(page.getByText('档案共 3 年，先显示最近一年')).toBeVisible();

  // 2022 besides 2024, then 2024 off: only 2022's chunk is fetched (clearing every year first
  // would ask for all of them).
  await yearChip(page, '2022').click();
  await dashboardPage.chartsReady();
  await yearChip(page, '2024').click();
  await expect(page).toHaveURL(/year=2022(?!,)/);
  await expect(page.getByText('1 个单位 · 2 个数字')).toBeVisible();
  await dashboardPage.chartsReady();
  expect(log).toEqual(['2024', '2022']);

  await yearChip(page, '全部年份').click();
  await expect(page).not.toHaveURL(/year=/);
  await dashboardPage.chartsReady();
  await expect(page.getByText('3 个单位 · 10 个数字')).toBeVisible();
  expect(log.sort()).toEqual(['2022', '2023', '2024']);

  // Back to a year already read: no request.
  await yearChip(page, '2024').click();
  await dashboardPage.chartsReady();
  expect(log).toHaveLength(3);
});

const CHUNK_2023 = /\/data\/archive\/2023-[0-9a-f]{10}\.json$/;

test.describe('a chunk that fails', () => {
  test.use({ expectedFailures: { 404: CHUNK_2023 } });

  test('shows its error and a retry while the other years stay on screen', async ({
    dashboardPage,
    page,
  }) => {
    await page.route(CHUNK_2023, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await dashboardPage.open('#/?year=2022,2024');
    await dashboardPage.chartsReady();
    await yearChip(page, '全部年份').click();
    const alert = page.getByRole('alert').filter({ hasText: '2023 年的数据未能载入' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('data/archive/2023-');
    // 2022 and 2024 are on screen, and the screen says what it is missing.
    await expect(page.getByText('2 个单位 · 5 个数字')).toBeVisible();
    await dashboardPage.chartsReady();

    await page.unroute(CHUNK_2023);
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(alert).toBeHidden();
    await expect(page.getByText('3 个单位 · 10 个数字')).toBeVisible();
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a reload with no network shows the years read before', async ({
    context,
    dashboardPage,
    page,
  }) => {
    await dashboardPage.open('#/?year=2023');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 20_000,
    });
    // Read under the worker's control, so it keeps the chunk.
    await page.reload();
    await dashboardPage.chartsReady();
    await expect(page.getByText('3 个单位 · 5 个数字')).toBeVisible();

    await context.setOffline(true);
    await page.reload();
    await dashboardPage.chartsReady();
    await expect(page.getByText('3 个单位 · 5 个数字')).toBeVisible();
    await context.setOffline(false);
  });
});

test('a year the archive does not hold shows an empty screen with its filters, not a loader', async ({
  dashboardPage,
  page,
}) => {
  const log = chunkLog(page);
  await dashboardPage.open('#/?year=2019');
  await expect(page.getByText('当前筛选下没有数据').first()).toBeVisible();
  await expect(yearChip(page, '2024')).toBeVisible();
  expect(log).toEqual([]);
  await yearChip(page, '2024').click();
  await dashboardPage.chartsReady();
  expect(log).toEqual(['2024']);
});

test('the build prerenders the latest year of the archive', async ({ request }) => {
  const html = await (await request.get('./')).text();
  expect(html).toContain('data-prerendered="overview"');
  // 2024's headline, not a loading skeleton, and not 2022's.
  expect(html).toContain('2100万元');
  expect(html).not.toContain('约1800万元');
});
