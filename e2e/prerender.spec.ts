import { expect, test } from './fixtures.ts';

// The build writes the overview's HTML into index.html (scripts/prerender.ts, ADR 008): the
// headline numbers paint before any JavaScript has run, and the live app replaces them in place.

const ENTRY_CHUNK = /\/assets\/index-[\w-]+\.js$/;

test('the overview’s numbers are in the page before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('heading', { name: '总览', level: 1 })).toBeVisible();
  await expect(page.getByText('343.76万人').first()).toBeVisible();
  await expect(page.getByRole('link', { name: '来源' }).first()).toBeVisible();
  await context.close();
});

test('another address never shows the prerendered overview while the app loads', async ({
  page,
}) => {
  // Hold the entry chunk back: what the visitor sees is only what HTML and CSS give.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(ENTRY_CHUNK, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./#/sources', { waitUntil: 'commit' });
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered', 'overview');
  await expect(page.getByRole('heading', { name: '总览' })).toBeHidden();
  release();
  await expect(page.getByRole('heading', { name: '来源', level: 1 })).toBeVisible();
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
});

test('the live app replaces the prerendered overview without moving it', async ({
  dashboardPage,
  page,
}) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await dashboardPage.open();
  await expect(page.getByText(/^5 个单位 · \d+ 个数字/)).toBeVisible();
  const shift = await page.evaluate(() =>
    (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((a, b) => a + b, 0),
  );
  expect(shift).toBeLessThan(0.01);
  // Live: the filters answer.
  await dashboardPage.filterChip('市审计局').click();
  await expect(page.getByText(/^1 个单位 · \d+ 个数字/)).toBeVisible();
});
