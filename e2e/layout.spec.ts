import { expect, test } from './fixtures.ts';

const VIEWS = [
  '#/',
  '#/departments',
  '#/departments/liaocheng-health-commission',
  '#/compare?dept=liaocheng-health-commission,shenxian-gucheng',
  '#/timeline',
  '#/sources',
];

for (const [width, height] of [
  [390, 844],
  [3840, 2160],
] as const) {
  test(`no view scrolls sideways at ${width}×${height}`, async ({ page, dashboardPage }) => {
    await page.setViewportSize({ width, height });
    for (const hash of VIEWS) {
      await page.goto(`./${hash}`);
      await dashboardPage.live();
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
      if (await page.locator('figure.chart').count()) await dashboardPage.chartsReady();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${hash} is wider than the window`).toBeLessThanOrEqual(0);
    }
  });
}
