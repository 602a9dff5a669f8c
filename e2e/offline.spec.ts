import { expect, test } from './fixtures.ts';

// The one spec that lets the build's service worker run (playwright.config.ts blocks it).
test.use({ serviceWorkers: 'allow' });

test('a reload with no network still shows the dashboard and its data', async ({
  context,
  dashboardPage,
  page,
}) => {
  await dashboardPage.open('#/departments/liaocheng-health-commission');
  await expect(page.getByText('343.76万人').first()).toBeVisible({ timeout: 15_000 });
  // Registered after the page's load event; controlling the page once it has activated.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 20_000,
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('聊城新闻数据看板').first()).toBeVisible();
  await expect(page.getByText('343.76万人').first()).toBeVisible({ timeout: 15_000 });
  await dashboardPage.chartsReady();
  // Another view's code and the dataset, from the cache too.
  await dashboardPage.nav.getByRole('link', { name: '时间线' }).click();
  await dashboardPage.chartsReady();
  await context.setOffline(false);
});

test('fetches the dataset from the network first when online', async ({
  context,
  dashboardPage,
  page,
}) => {
  await dashboardPage.open();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 20_000,
  });
  const workerRequests: string[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) workerRequests.push(new URL(request.url()).pathname);
  });
  const served = page.waitForResponse((response) => response.url().endsWith('/data/dataset.json'));
  await page.reload();
  // The page's request is answered by the worker, which asked the server for it.
  expect((await served).fromServiceWorker()).toBe(true);
  await expect.poll(() => workerRequests).toContain('/data/dataset.json');
  await dashboardPage.chartsReady();
});
