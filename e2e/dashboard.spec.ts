import type { APIRequestContext } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

type ServedDataset = {
  departments: Array<{ id: string; shortName: { zh: string } }>;
  figures: Array<{ id: string; department: string; date: string }>;
};

async function servedDataset(request: APIRequestContext) {
  return (await (await request.get('./data/dataset.json')).json()) as ServedDataset;
}

test('the overview shows headline cards, summary charts and every department', async ({
  dashboardPage,
  page,
  request,
}) => {
  const dataset = await servedDataset(request);
  await dashboardPage.open();
  await expect(page.getByRole('heading', { name: '总览', level: 1 })).toBeVisible();
  await expect(
    page.getByText(`${dataset.departments.length} 个单位 · ${dataset.figures.length} 个数字`),
  ).toBeVisible();
  // The headline card of the health commission shows the sign-ups as printed, with its source.
  const card = page.getByRole('listitem').filter({ hasText: '家庭医生签约人数' });
  await expect(card).toContainText('343.76万人');
  await expect(card.getByRole('link', { name: '来源：家庭医生签约人数' })).toBeVisible();
  // A lower bound is written as one.
  await expect(page.getByRole('listitem').filter({ hasText: '7000余万元' })).toBeVisible();
  await dashboardPage.chartsReady();
});

test('filters by department and year through the chips, and back undoes it', async ({
  dashboardPage,
  page,
  request,
}) => {
  const dataset = await servedDataset(request);
  await dashboardPage.open();
  await dashboardPage.filterChip('古城镇').click();
  await expect(page).toHaveURL(/dept=shenxian-gucheng/);
  await expect(dashboardPage.filterChip('古城镇')).toHaveAttribute('aria-pressed', 'true');
  const gucheng = dataset.figures.filter((f) => f.department === 'shenxian-gucheng').length;
  await expect(page.getByText(`1 个单位 · ${gucheng} 个数字`)).toBeVisible();

  await dashboardPage.filterChip('2020').click();
  await expect(page).toHaveURL(/year=2020/);
  await expect(page.getByText('当前筛选下没有数据。')).toBeVisible();

  await page.goBack();
  await expect(page.getByText(`1 个单位 · ${gucheng} 个数字`)).toBeVisible();
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.getByText(`${dataset.departments.length} 个单位`)).toBeVisible();
});

test('a pasted link reproduces the filtered screen', async ({ dashboardPage, page, request }) => {
  const dataset = await servedDataset(request);
  await dashboardPage.open('#/?dept=liaocheng-health-commission&year=2023');
  await expect(dashboardPage.filterChip('市卫生健康委')).toHaveAttribute('aria-pressed', 'true');
  await expect(dashboardPage.filterChip('2023')).toHaveAttribute('aria-pressed', 'true');
  const health2023 = dataset.figures.filter(
    (f) => f.department === 'liaocheng-health-commission' && f.date.startsWith('2023'),
  ).length;
  await expect(page.getByText(`1 个单位 · ${health2023} 个数字`)).toBeVisible();
  await expect(page.getByRole('button', { name: `导出 CSV（${health2023} 条）` })).toBeVisible();
});

test('clicking a department in the category chart filters to it', async ({
  dashboardPage,
  page,
}) => {
  await dashboardPage.open();
  await dashboardPage.chartsReady();
  const chart = dashboardPage.chart('各单位报道的数字个数（按类别）');
  await dashboardPage.clickFirstMark(chart, { skipTop: 56 });
  await expect(page).toHaveURL(/dept=[a-z-]+$/);
  await expect(page.getByText(/^1 个单位 · \d+ 个数字/)).toBeVisible();
  await expect(
    page.getByRole('region', { name: '筛选' }).getByRole('button', { pressed: true }),
  ).toHaveCount(1);
});

test('a chart toggles to a table with the same numbers', async ({ dashboardPage }) => {
  await dashboardPage.open('#/departments/liaocheng-health-commission');
  await dashboardPage.chartsReady();
  const panel = dashboardPage.panel('活动场次与服务人次');
  await panel.getByRole('button', { name: '数据表' }).click();
  await expect(panel.getByRole('button', { name: '数据表' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const table = panel.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row').filter({ hasText: '送疾病预防控制知识' })).toContainText(
    '3500余场次',
  );
  await expect(table.getByRole('row').filter({ hasText: '送疾病预防控制知识' })).toContainText(
    '49万余人次',
  );
  await expect(table.getByRole('row').filter({ hasText: '职业健康' })).toContainText('2050次');
});

test('the department page shows derived figures with their formula', async ({
  dashboardPage,
  page,
}) => {
  await dashboardPage.open('#/departments/liaocheng-health-commission');
  const derived = page.getByRole('table', { name: '推算：平均每次服务人次' });
  await expect(derived.getByRole('row').filter({ hasText: '送卫生应急急救知识' })).toContainText(
    '40万余人次 ÷ 7559次 = 52.9 人次/次',
  );
  await expect(derived).toContainText('推算');
  await dashboardPage.chartsReady();
});

test('compare refuses figures of different units and says why', async ({ dashboardPage, page }) => {
  await dashboardPage.open(
    '#/compare?fig=health-family-doctor-people,health-disease-prevention-reach',
  );
  await expect(page.getByRole('alert')).toHaveText('不可直接比较：单位不同（人 / 人次）');
  await expect(page.locator('figure.chart')).toHaveCount(0);
});

test('compare draws two departments side by side and offers a log scale', async ({
  dashboardPage,
  page,
}) => {
  await dashboardPage.open('#/compare?dept=liaocheng-health-commission,shenxian-gucheng');
  const panel = dashboardPage.panel('覆盖范围（人）');
  await expect(panel.getByRole('figure')).toBeVisible();
  await dashboardPage.chartsReady();
  await panel.getByRole('button', { name: '对数坐标' }).click();
  await expect(page).toHaveURL(/log=1/);
  await dashboardPage.chartsReady();

  // Ticking two figures of one unit compares exactly those.
  await page.getByRole('checkbox', { name: /家庭医生签约人数/ }).check();
  await page.getByRole('checkbox', { name: /服务的周边群众/ }).check();
  await expect(page).toHaveURL(/fig=health-family-doctor-people,gucheng-centre-people-served/);
  await expect(dashboardPage.chart('已选 2 个数字')).toBeVisible();
  await dashboardPage.chartsReady();
});

test('exports the filtered figures as CSV that Excel reads as UTF-8, named by the filter', async ({
  dashboardPage,
  page,
  request,
}) => {
  const dataset = await servedDataset(request);
  await dashboardPage.open('#/?dept=shenxian-dawangzhai&year=2023');
  const expected = dataset.figures.filter((f) => f.department === 'shenxian-dawangzhai');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: `导出 CSV（${expected.length} 条）` }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('聊城新闻数据-大王寨镇-2023.csv');
  const text = await readFile((await download.path())!, 'utf8');
  expect(
    text.startsWith(
      '\uFEFF编号,单位,指标,数值,基本单位数值,区间上端（基本单位）,计量单位,限定,日期,日期依据,日期说明,类别,文章,原文\r\n',
    ),
  ).toBe(true);
  const rows = text.trim().split('\r\n').slice(1);
  expect(rows).toHaveLength(expected.length);
  const trade = rows.find((row) => row.startsWith('dawangzhai-cooperative-annual-trade,'));
  expect(trade).toContain('7000余万元,70000000,,元,');
  // The date keeps its 推断 and why; the article has no printed headline, and says so.
  expect(trade).toMatch(/,2023,推断,[^,]+,资金,/);
  expect(trade).toContain(',原版面未印标题：「我们的党群服务中心能够为全镇…」,');
  expect(trade).not.toContain('shenxian-party-building-hubs');
});

test('downloads a chart as a PNG with its title, filters and source around it', async ({
  dashboardPage,
  page,
}) => {
  await dashboardPage.open('#/departments/liaocheng-health-commission?year=2023');
  await dashboardPage.chartsReady();
  const panel = dashboardPage.panel('活动场次与服务人次');
  const box = await panel.getByRole('figure').boundingBox();
  const downloadPromise = page.waitForEvent('download');
  await panel.getByRole('button', { name: '下载图片' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(
    '聊城新闻数据-活动场次与服务人次-市卫生健康委-2023.png',
  );
  const png = await readFile((await download.path())!);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  // The chart at twice its size, inside a 24 px margin, with room above and below for the text.
  expect(width).toBe((Math.round(box!.width) + 48) * 2);
  expect(height).toBeGreaterThan((Math.round(box!.height) + 48 + 60) * 2);
  // What the frame says is tested in src/charts/png-frame.test.ts; here: it was drawn, dark text
  // on the light page above the chart.
  const top = await page.evaluate(
    async (url) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = 100;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 40, image.width, 40);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 100) dark++;
      return dark;
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
  expect(top).toBeGreaterThan(50);
});

test('prints on white with every source as a footnote, even from the dark theme', async ({
  dashboardPage,
  page,
  request,
}) => {
  const dataset = await servedDataset(request);
  await page.emulateMedia({ colorScheme: 'dark' });
  await dashboardPage.open('#/?dept=shenxian-gucheng');
  await dashboardPage.chartsReady();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(dashboardPage.nav).toBeHidden();
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
  const footnotes = page.getByRole('region', { name: '数字来源' }).getByRole('listitem');
  await expect(footnotes).toHaveCount(
    dataset.figures.filter((f) => f.department === 'shenxian-gucheng').length,
  );
  await expect(footnotes.filter({ hasText: '358万元' })).toContainText('「投资358万元」');
  // The page says which filters made it, and keeps no hint about clicking.
  await expect(page.getByText(/^筛选：古城镇 · 数据截至 2023年10月16日/)).toBeVisible();
  await expect(page.getByText('点击某个单位的柱子，只看这个单位。')).toBeHidden();
});
