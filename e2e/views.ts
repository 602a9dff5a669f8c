import { expect, type Page } from '@playwright/test';

/** Every view of the app with the URL that opens it, the presentation last. */
export const ALL_VIEWS = [
  { name: 'overview', hash: '#/' },
  { name: 'departments', hash: '#/departments' },
  { name: 'a department', hash: '#/departments/liaocheng-health-commission' },
  { name: 'compare', hash: '#/compare' },
  { name: 'timeline', hash: '#/timeline' },
  { name: 'sources', hash: '#/sources' },
  { name: 'presentation', hash: '#/present?dwell=3600' },
] as const;

/** Opens a view and waits until it has rendered its data and every chart on it has drawn. */
export async function openView(page: Page, hash: string) {
  await page.goto(`./${hash}`);
  const main = hash.startsWith('#/present')
    ? page.getByRole('main', { name: /^(演示画面|Presentation screen)$/ })
    : page.getByRole('main');
  await expect(main).toBeVisible({ timeout: 15_000 });
  // The prerendered overview is replaced by the live app once the dataset is read: list the
  // charts only then, or they detach under the test (scripts/prerender.ts).
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered', { timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: /正在加载|Loading/ })).toHaveCount(0, {
    timeout: 15_000,
  });
  for (const chart of await page.locator('figure.chart').all()) {
    // Charts far below the fold may wait until they come near the viewport.
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  }
}

/** Moves the pointer across every chart (8 × 5 points), so ECharts opens its tooltips. */
export async function hoverCharts(page: Page) {
  for (const chart of await page.locator('figure.chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) continue;
    for (let row = 1; row <= 5; row++) {
      for (let column = 1; column <= 8; column++) {
        await page.mouse.move(box.x + (box.width * column) / 9, box.y + (box.height * row) / 6);
      }
    }
  }
}

/**
 * Steps through the presentation on screen, slide by slide, until it wraps around to the first,
 * calling `visit` on each once its charts have drawn. Returns how many slides there were.
 */
export async function forEverySlide(page: Page, visit: (key: string) => Promise<void>) {
  const stage = page.locator('main[data-slide]');
  await expect(stage).toBeVisible({ timeout: 15_000 });
  const seen: string[] = [];
  for (;;) {
    const key = (await stage.getAttribute('data-slide')) ?? '';
    if (seen.includes(key)) break;
    seen.push(key);
    for (const chart of await stage.locator('figure.chart').all()) {
      await expect(chart).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
    }
    await visit(key);
    await page.keyboard.press('ArrowRight');
    await expect(stage).not.toHaveAttribute('data-slide', key);
  }
  return seen.length;
}
