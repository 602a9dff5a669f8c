import type { Locator } from '@playwright/test';
import type { ChartLabel } from '../src/charts/chart-probe.ts';
import { serveFixture } from './fixture-data.ts';
import { expect, test } from './fixtures.ts';
import { openView } from './views.ts';

/**
 * Year over year (issue 15), from the fixture of invented articles in e2e/fixtures/years: the
 * civil affairs bureau prints its community elderly care stations in three years (45处, 50至60处,
 * 不足80处) and its old-age allowances in two (约1800万元, 2100万元); the water bureau its water
 * mains in 2023 and 2024; the sports bureau prints in 2023 only, so it has no series.
 */

const CIVIL = '#/departments/liaocheng-civil-affairs';
const SPORTS = '#/departments/liaocheng-sports-bureau';

const SHOWN = {
  zh: {
    section: '历年对比',
    years: '2022年、2023年和2024年',
    stations: '建成社区养老服务站（处）',
    allowances: '发放高龄津贴（元）',
    upperBound: '不足80处',
    range: '50至60处',
    exact: '45处',
    estimate: '约1800万元',
    years3: ['2022年', '2023年', '2024年'],
    boundLegend: '上限（不足/以内）',
    rangeLegend: '区间',
    boundNote: '空心三角标出上限或下限所在',
  },
  en: {
    section: 'Year over year',
    years: '2022, 2023, and 2024',
    stations: 'Community elderly care stations built (sites)',
    allowances: 'Old-age allowances paid (yuan)',
    upperBound: 'under 80 sites',
    range: '50–60 sites',
    exact: '45 sites',
    estimate: 'about 18 million yuan',
    years3: ['2022', '2023', '2024'],
    boundLegend: 'Upper bound',
    rangeLegend: 'Range',
    boundNote: 'A hollow triangle marks where a bound lies',
  },
} as const;

async function labelsOf(chart: Locator): Promise<string[]> {
  return chart.evaluate((figure) =>
    ((figure as HTMLElement & { chartLabels?: () => ChartLabel[] }).chartLabels?.() ?? []).map(
      (label) => label.text,
    ),
  );
}

test.beforeEach(async ({ page }) => {
  await serveFixture(page, 'years');
});

for (const lang of ['zh', 'en'] as const) {
  const shown = SHOWN[lang];

  test(`a department's metric printed in three years is drawn year by year (${lang})`, async ({
    page,
  }) => {
    await openView(page, lang === 'zh' ? CIVIL : `${CIVIL}?lang=en`);
    const section = page.getByRole('region', { name: shown.section, exact: true });
    await expect(section).toBeVisible();
    await expect(section).toContainText(shown.years);

    const stations = section.getByRole('figure', { name: shown.stations, exact: true });
    await expect(stations).toHaveAttribute('data-ready', 'true');
    const labels = await labelsOf(stations);
    // Every year on the axis, in order, and each value as printed: the bound stays a bound.
    expect(labels.filter((label) => (shown.years3 as readonly string[]).includes(label))).toEqual(
      shown.years3,
    );
    expect(labels).toEqual(expect.arrayContaining([shown.exact, shown.range, shown.upperBound]));
    expect(labels).toEqual(expect.arrayContaining([shown.boundLegend, shown.rangeLegend]));
    await expect(section.getByRole('region', { name: shown.stations, exact: true })).toContainText(
      shown.boundNote,
    );

    // The allowances, two years of three: a series of their own, never merged with the stations.
    const allowances = section.getByRole('figure', { name: shown.allowances, exact: true });
    await expect(allowances).toHaveAttribute('data-ready', 'true');
    expect(await labelsOf(allowances)).toContain(shown.estimate);
    expect(await labelsOf(allowances)).not.toContain(shown.upperBound);
    // The training rounds are printed in 2023 only: no series.
    await expect(section.getByRole('figure')).toHaveCount(2);
  });
}

test('the table of a series lists each year with its bound and quote', async ({ page }) => {
  await openView(page, CIVIL);
  const panel = page
    .getByRole('region', { name: '历年对比', exact: true })
    .getByRole('region', { name: SHOWN.zh.stations, exact: true });
  await panel.getByRole('figure').focus();
  await page.keyboard.press('Enter');
  const table = panel.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row', { name: /2024年/ })).toContainText('不足80处');
  await expect(table.getByRole('row', { name: /2024年/ })).toContainText(
    '全年建成社区养老服务站不足80处',
  );
});

test('a department printed in one year only has no year-over-year section', async ({ page }) => {
  await openView(page, SPORTS);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('聊城市体育局');
  await expect(page.getByRole('region', { name: '历年对比', exact: true })).toHaveCount(0);
});

test('the year filter narrows the series to the chosen years', async ({ page }) => {
  await openView(page, `${CIVIL}?year=2023,2024`);
  const section = page.getByRole('region', { name: '历年对比', exact: true });
  await expect(section).toContainText('2023年和2024年');
  // The allowances are printed in 2022 and 2024: one chosen year of them is no series.
  await expect(section.getByRole('figure')).toHaveCount(1);
  await expect(
    section.getByRole('figure', { name: SHOWN.zh.stations, exact: true }),
  ).toHaveAttribute('data-ready', 'true');
});

test('the compare view compares the years of the chosen departments', async ({ page }) => {
  await openView(page, '#/compare?dept=liaocheng-civil-affairs,shenxian-water-bureau');
  const section = page.getByRole('region', { name: '按年份比较', exact: true });
  await expect(section).toContainText('2022年、2023年和2024年');
  // Stations and allowances of civil affairs, water mains of Shen County: three series.
  await expect(section.getByRole('figure')).toHaveCount(3);
  const mains = section.getByRole('figure', {
    name: '莘县水利局 · 新建改造农村供水管网（公里）',
    exact: true,
  });
  await expect(mains).toHaveAttribute('data-ready', 'true');
  expect(await labelsOf(mains)).toEqual(expect.arrayContaining(['120公里', '约150公里']));
});
