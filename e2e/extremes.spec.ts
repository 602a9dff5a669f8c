import { expect, test } from './fixtures.ts';
import { openView } from './views.ts';

test.describe('a value of 10^15', () => {
  for (const hash of ['#/', '#/departments/liaocheng-health-commission']) {
    test(`is shown in full on ${hash} without widening the page`, async ({ page }) => {
      await page.route('**/data/dataset.json', async (route) => {
        const response = await route.fetch();
        const dataset = (await response.json()) as {
          figures: Array<{ id: string; value: number }>;
        };
        for (const figure of dataset.figures) {
          if (figure.id === 'health-family-doctor-people') figure.value = 1e15;
        }
        await route.fulfill({ response, json: dataset });
      });
      await openView(page, hash);
      await expect(page.getByText('1000万亿人').first()).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
