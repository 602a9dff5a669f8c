import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { ChartLabel } from '../src/charts/chart-probe.ts';
import { serveFixture } from './fixture-data.ts';
import { expect, test } from './fixtures.ts';
import { forEverySlide, openView } from './views.ts';

/**
 * Every kind of printed quantity, as a reader meets it in every view: an upper bound (不足500件),
 * a percentage (96.5%, 百分之百 → 100%), percentage points, a lower bound (超2万人), an estimate
 * (约120万元) and ranges (七八个 → 7–8个, 三四十万人 → 30万–40万人). The figures come from the
 * fixture dataset of invented articles (e2e/fixtures/quantities), never from data/.
 */

const MARKET = '#/departments/liaocheng-market-regulation';
const SHENXIAN = '#/departments/shenxian-health-bureau';
const INSURANCE = '#/departments/liaocheng-healthcare-security';

/** How each figure reads in each language: the page's own form, and the English one. */
const SHOWN = {
  zh: {
    upperBound: '不足500件',
    exactBeside: '312件',
    percent: '96.5%',
    percentInWords: '100%',
    points: '1.2个百分点',
    lowerBound: '超2万人',
    estimate: '约120万元',
    smallRange: '7–8个',
    range: '30万–40万人',
  },
  en: {
    upperBound: 'under 500 items',
    exactBeside: '312 items',
    percent: '96.5%',
    percentInWords: '100%',
    points: '1.2 percentage points',
    lowerBound: '20,000+ people',
    estimate: 'about 1.2 million yuan',
    smallRange: '7–8 units',
    range: '300,000–400,000 people',
  },
} as const;

const withLang = (hash: string, lang: 'zh' | 'en') =>
  lang === 'zh' ? hash : `${hash}${hash.includes('?') ? '&' : '?'}lang=${lang}`;

async function chartLabels(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.chart')].map((figure) => ({
      name: figure.getAttribute('aria-label') ?? '',
      labels: (
        (figure as HTMLElement & { chartLabels?: () => ChartLabel[] }).chartLabels?.() ?? []
      ).map((label) => label.text),
    })),
  );
}

test.beforeEach(async ({ page }) => {
  await serveFixture(page, 'quantities');
});

for (const lang of ['zh', 'en'] as const) {
  const shown = SHOWN[lang];

  test(`tables and cards show each kind of quantity as printed (${lang})`, async ({ page }) => {
    await openView(page, withLang(MARKET, lang));
    const table = page.getByRole('table').last();
    for (const text of [shown.upperBound, shown.exactBeside, shown.percent, shown.percentInWords])
      await expect(table.getByRole('cell', { name: text, exact: true })).toBeVisible();
    await expect(table.getByRole('cell', { name: shown.estimate, exact: true })).toBeVisible();

    await openView(page, withLang(SHENXIAN, lang));
    for (const text of [shown.smallRange, shown.lowerBound, shown.range])
      await expect(page.getByRole('cell', { name: text, exact: true })).toBeVisible();

    await openView(page, withLang(INSURANCE, lang));
    await expect(page.getByRole('cell', { name: shown.points, exact: true })).toBeVisible();

    // The overview's headline cards and the compare picker read the same.
    await openView(page, withLang('#/', lang));
    await expect(page.getByRole('main')).toContainText(shown.range);
    await openView(page, withLang('#/compare', lang));
    for (const text of Object.values(shown))
      await expect(page.getByRole('main')).toContainText(text);
  });

  test(`charts keep percentages apart from counts and draw bounds and ranges (${lang})`, async ({
    page,
  }) => {
    await openView(page, withLang(MARKET, lang));
    const market = await chartLabels(page);
    // Two charts for one category: a percentage never shares an axis with a count.
    expect(market).toHaveLength(2);
    const counts = market.find((chart) => chart.labels.includes(shown.upperBound));
    const percents = market.find((chart) => chart.labels.includes(shown.percent));
    expect(counts?.labels).toContain(shown.exactBeside);
    expect(counts?.labels).not.toContain(shown.percent);
    expect(percents?.labels).toContain(shown.percentInWords);
    expect(percents?.labels).not.toContain(shown.upperBound);
    // The legend names the upper bound, as it names the lower bound.
    expect(counts?.labels).toContain(lang === 'zh' ? '上限（不足/以内）' : 'Upper bound');
    // Percentages are shares of a whole: the value axis (ticks 0, 20, … as bare numbers; no
    // year is on this chart) ends at 100.
    expect(
      percents?.labels
        .filter((label) => /^\d{1,3}$/.test(label))
        .map(Number)
        .at(-1),
    ).toBe(100);

    await openView(page, withLang(SHENXIAN, lang));
    const [people] = await chartLabels(page);
    expect(people?.labels).toEqual(expect.arrayContaining([shown.lowerBound, shown.range]));
    expect(people?.labels).toContain(lang === 'zh' ? '区间' : 'Range');
  });
}

test('the CSV keeps both ends of a range, the bound and the printed form', async ({ page }) => {
  await openView(page, SHENXIAN);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV（4 条）' }).click();
  const text = await readFile((await (await download).path())!, 'utf8');
  const rows = text.trim().split('\r\n');
  expect(rows[0]).toContain(',数值,基本单位数值,区间上端（基本单位）,计量单位,限定,');
  expect(rows.find((row) => row.startsWith('shenxian-health-talk-reach,'))).toContain(
    ',30万–40万人,300000,400000,人,区间,',
  );
  expect(rows.find((row) => row.startsWith('shenxian-free-clinic-people,'))).toContain(
    ',超2万人,20000,,人,下限（余、多、以上）,',
  );

  await openView(page, `${MARKET}?lang=en`);
  const english = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV (5 rows)' }).click();
  const rowsEn = (await readFile((await (await english).path())!, 'utf8')).split('\r\n');
  expect(rowsEn.find((row) => row.startsWith('market-consumer-complaints,'))).toContain(
    ',under 500 items,500,,件,at most (upper bound),',
  );
  expect(rowsEn.find((row) => row.startsWith('market-complaint-closure-rate,'))).toContain(
    ',100%,100,,%,',
  );
});

test('print lists each kind of quantity with its source', async ({ page }) => {
  await openView(page, SHENXIAN);
  await page.emulateMedia({ media: 'print' });
  const footnotes = page.getByRole('region', { name: '数字来源' }).getByRole('listitem');
  await expect(footnotes).toHaveCount(4);
  await expect(footnotes.filter({ hasText: '30万–40万人' })).toContainText(
    '「健康讲座惠及群众三四十万人」',
  );
  await expect(footnotes.filter({ hasText: '7–8个' })).toContainText(
    '「全县新建村级卫生室七八个」',
  );
  await expect(page.getByRole('cell', { name: '超2万人', exact: true })).toBeVisible();
});

for (const lang of ['zh', 'en'] as const) {
  test(`the presentation shows each kind of quantity (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const shown = SHOWN[lang];
    await page.goto(`./#/present?dwell=3600${lang === 'zh' ? '' : '&lang=en'}`);
    const seen: string[] = [];
    const stage = page.locator('main[data-slide]');
    await forEverySlide(page, async () => {
      seen.push(await stage.innerText());
      for (const chart of await chartLabels(page)) seen.push(...chart.labels);
    });
    const all = seen.join('\n');
    for (const text of [
      shown.upperBound,
      shown.percent,
      shown.points,
      shown.lowerBound,
      shown.estimate,
      shown.smallRange,
      shown.range,
    ])
      expect(all, text).toContain(text);
  });
}
