import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { PresentationPage } from './pages/presentation-page.ts';

const VIEWS = [
  ['overview', '#/'],
  ['departments', '#/departments'],
  ['department', '#/departments/liaocheng-health-commission'],
  ['compare', '#/compare?dept=liaocheng-health-commission,shenxian-gucheng'],
  ['compare-refused', '#/compare?fig=health-family-doctor-people,health-disease-prevention-reach'],
  ['timeline', '#/timeline'],
  ['sources', '#/sources?focus=health-family-doctor-people'],
] as const;

// axe walks every node of the page: the long timeline and sources pages need more than 30 s on a
// busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const [name, hash] of VIEWS) {
  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['zh', 'en'] as const) {
      test(`${name} has no WCAG 2.2 AA violations (${theme}, ${lang})`, async ({
        page,
        dashboardPage,
      }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`./?lang=${lang}${hash}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
        await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
        if (await page.locator('figure.chart').count()) await dashboardPage.chartsReady();
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  }
}

test('the big screen size has no violations either', async ({ page, dashboardPage }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./#/departments/liaocheng-health-commission');
  await dashboardPage.chartsReady();
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

for (const lang of ['zh', 'en'] as const) {
  test(`the presentation has no violations (${lang}, 1920×1080)`, async ({
    page,
    dashboardPage,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    // A long dwell keeps the first slide on screen while axe reads it.
    await page.goto(`./?lang=${lang}#/present?dwell=600`);
    await expect(page.locator('figure.chart').first()).toBeVisible();
    await dashboardPage.chartsReady();
    // Check the on-screen buttons as people see them: the pointer rests on them, so they do not
    // fade out (or sit half-faded) while axe measures their contrast.
    const controls = page.locator('[data-keep-awake]'); // in either language
    await new PresentationPage(page).pointAt(controls);
    await expect(controls).toHaveCSS('opacity', '1');
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
      ),
    ).toEqual([]);
  });
}
