import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Loading other datasets and surviving bad ones (issue 5, docs/RELIABILITY.md "Loading and
// network"). Test datasets are derived at run time from the published one and served with
// page.route, so they follow the schema as it changes.

type Json = Record<string, unknown> & {
  figures: Array<Record<string, unknown>>;
  events: Array<Record<string, unknown>>;
};

async function publishedDataset(page: Page): Promise<Json> {
  const response = await page.request.get('data/dataset.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as Json;
}

/** The published dataset with two broken figures and an event of a department that does not exist. */
function partlyInvalid(dataset: Json): Json {
  const change = (records: Array<Record<string, unknown>>, id: string, patch: object) =>
    records.map((record) => (record.id === id ? { ...record, ...patch } : record));
  let figures = change(dataset.figures, 'audit-committee-plenary-meetings', { value: 'many' });
  // The list of rules counts this figure, so it is quarantined with it.
  figures = change(figures, 'audit-management-rules', { value: -50 });
  const events = change(dataset.events, 'dulangkou-oath-taken', { department: 'no-such-bureau' });
  return { ...dataset, figures, events };
}

/** Matches requests for exactly this path (a glob would also match `?data=<path>` in the page's URL). */
const paths = new Map<string, (url: URL) => boolean>();
function path(pathname: string): (url: URL) => boolean {
  // One function per path: page.unroute finds a route by the same matcher.
  if (!paths.has(pathname)) paths.set(pathname, (url) => url.pathname === pathname);
  return paths.get(pathname)!;
}

/** Every host the page sends a request to. */
function requestedHosts(page: Page): Set<string> {
  const hosts = new Set<string>();
  page.on('request', (request) => void hosts.add(new URL(request.url()).host));
  return hosts;
}

test('a partly invalid dataset loaded with ?data= shows its valid records and lists the rest', async ({
  page,
}) => {
  const broken = partlyInvalid(await publishedDataset(page));
  await page.route(path('/e2e-data/partly-invalid.json'), (route) =>
    route.fulfill({ json: broken }),
  );
  await page.goto('./?data=/e2e-data/partly-invalid.json#/');

  const banner = page.getByText('4 条记录未通过校验');
  await expect(banner).toBeVisible();
  await expect(page.getByText('数据来源：/e2e-data/partly-invalid.json')).toBeVisible();
  // The valid records are all there: 31 figures less two, 5 events less one, 17 lists less one.
  await expect(page.getByText('5 个单位 · 29 个数字 · 4 个事件 · 16 份名单')).toBeVisible();
  await expect(page.getByText('343.76万人').first()).toBeVisible();

  await banner.click();
  const rows = page.getByRole('table', { name: '未通过校验的记录' }).getByRole('row');
  await expect(rows).toHaveText([
    /记录\s*JSON 路径\s*原因/,
    /audit-committee-plenary-meetings\s*\$\.figures\[1\]\.value\s*value must be a number/,
    /audit-management-rules\s*\$\.figures\[2\]\.value\s*value must not be negative/,
    /dulangkou-oath-taken\s*\$\.events\[1\]\.department\s*unknown department no-such-bureau/,
    /audit-commission-rules\s*\$\.lists\[\d+\]\.countFigure\s*figure audit-management-rules was quarantined/,
  ]);

  await page.getByRole('link', { name: '查看已发布的数据' }).click();
  await expect(page.getByText('5 个单位 · 31 个数字 · 5 个事件 · 17 份名单')).toBeVisible();
  await expect(page.getByText(/条记录未通过校验/)).toHaveCount(0);
});

test('a ?data= address on another host is refused without a request', async ({ page }) => {
  const hosts = requestedHosts(page);
  await page.goto(`./?data=${encodeURIComponent('https://evil.example/data.json')}#/`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('不能加载这个数据地址：https://evil.example/data.json');
  await expect(alert).toContainText('只能加载本站上的 JSON 文件，例如 ?data=/data/2024.json。');
  await expect(alert.getByRole('link', { name: '查看已发布的数据' })).toBeVisible();
  expect([...hosts]).toEqual([new URL(page.url()).host]);
});

test('a protocol-relative ?data= inside the hash is refused too, in English', async ({ page }) => {
  const hosts = requestedHosts(page);
  await page.goto('./#/compare?lang=en&data=//evil.example/data.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This data address is not allowed: //evil.example/data.json');
  await expect(alert).toContainText('An address starting with // points to another site.');
  expect([...hosts]).toEqual([new URL(page.url()).host]);
});

test('an editor previews a local file, sees its problems, and goes back to the published data', async ({
  page,
  dashboardPage,
}) => {
  const broken = partlyInvalid(await publishedDataset(page));
  await dashboardPage.open('#/');
  await expect(page.getByText('5 个单位 · 31 个数字 · 5 个事件 · 17 份名单')).toBeVisible();
  const requests: string[] = [];
  page.on('request', (request) => void requests.push(request.url()));

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '预览本地文件' }).click();
  await (
    await chooser
  ).setFiles({
    name: '2024-draft.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(page.getByText('预览：2024-draft.json')).toBeVisible();
  await expect(page.getByText('4 条记录未通过校验')).toBeVisible();
  await expect(page.getByText('5 个单位 · 29 个数字 · 4 个事件 · 16 份名单')).toBeVisible();
  // Read in the browser: the file went nowhere.
  expect(requests.filter((url) => !/\.(js|css|svg|woff2?)$/.test(new URL(url).pathname))).toEqual(
    [],
  );

  await page.getByRole('button', { name: '返回已发布的数据' }).click();
  await expect(page.getByText('预览：2024-draft.json')).toHaveCount(0);
  await expect(page.getByText('5 个单位 · 31 个数字 · 5 个事件 · 17 份名单')).toBeVisible();
});

test.describe('when the server fails on purpose', () => {
  test.use({
    expectedFailures: { 404: /\/e2e-data\/missing\.json$/, 500: /\/data\/dataset\.json$/ },
  });

  test('a missing ?data= file says 404 and offers a retry', async ({ page }) => {
    await page.route(path('/e2e-data/missing.json'), (route) =>
      route.fulfill({ status: 404, body: 'Not Found' }),
    );
    await page.goto('./?data=/e2e-data/missing.json#/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      '找不到数据文件 /e2e-data/missing.json（HTTP 404），请检查地址。',
    );
    await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
  });

  test('the presentation keeps its data when a refresh fails, marks it, and recovers', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('./?refresh=1s#/present?dwell=600');
    const stage = page.getByRole('main', { name: '演示画面' });
    await expect(stage).toBeVisible({ timeout: 20_000 });
    const title = await stage.getByRole('heading', { level: 1 }).textContent();

    await page.route(path('/data/dataset.json'), (route) =>
      route.fulfill({ status: 500, body: 'Internal Server Error' }),
    );
    await expect(stage.getByText(/^数据未更新 \(\d\d:\d\d\)$/)).toBeVisible({ timeout: 20_000 });
    await expect(stage.getByRole('heading', { level: 1 })).toHaveText(title ?? '');

    await page.unroute(path('/data/dataset.json'));
    await expect(stage.getByText(/数据未更新/)).toHaveCount(0, { timeout: 20_000 });
    await expect(stage.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  });
});

test('the dataset is checked in a worker, off the page’s main thread', async ({
  page,
  dashboardPage,
}) => {
  await dashboardPage.open('#/');
  await expect(page.getByText('5 个单位 · 31 个数字 · 5 个事件 · 17 份名单')).toBeVisible();
  expect(page.workers().map((worker) => worker.url())).toContainEqual(
    expect.stringMatching(/\/assets\/dataset\.worker-[\w-]+\.js$/),
  );
});

test.describe('when the validator cannot load', () => {
  const workerScript = /\/assets\/dataset\.worker-[\w-]+\.js$/;
  test.use({ expectedFailures: { 404: workerScript } });

  test('says so with a retry, and the retry loads the data', async ({ page }) => {
    let broken = true;
    await page.route(workerScript, (route) =>
      broken ? route.fulfill({ status: 404, body: 'Not Found' }) : route.continue(),
    );
    await page.goto('./#/timeline');
    const alert = page.getByRole('alert');
    // After the automatic retries (1 + 2 + 4 s), each with a new worker.
    await expect(alert).toContainText('网络连接失败，请检查网络后重试。', { timeout: 20_000 });

    broken = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(page.getByRole('heading', { name: '时间线', level: 1 })).toBeVisible();
    await expect(alert).toHaveCount(0);
  });
});
