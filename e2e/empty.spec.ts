import { expect, test } from './fixtures.ts';
import { ALL_VIEWS } from './views.ts';

test.describe('an empty dataset (no departments, articles or figures)', () => {
  for (const view of ALL_VIEWS) {
    test(`gives ${view.name} an empty state, not a blank page`, async ({ page }) => {
      await page.route('**/data/dataset.json', async (route) => {
        const response = await route.fetch();
        const dataset = (await response.json()) as Record<string, unknown>;
        await route.fulfill({
          response,
          json: { ...dataset, departments: [], articles: [], figures: [], events: [], lists: [] },
        });
      });
      await page.goto(`./${view.hash}`);
      await expect(page.getByText('数据集中还没有数字').first()).toBeVisible({ timeout: 15_000 });
    });
  }
});
