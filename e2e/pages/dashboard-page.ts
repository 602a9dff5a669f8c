import { expect, type Locator, type Page } from '@playwright/test';

/** What a person sees and does on the desk dashboard. */
export class DashboardPage {
  readonly page: Page;
  readonly nav: Locator;
  readonly main: Locator;

  constructor(page: Page) {
    this.page = page;
    this.nav = page.getByRole('navigation', { name: '视图' });
    this.main = page.getByRole('main');
  }

  async open(hash = '#/') {
    await this.page.goto(`./${hash}`);
    await expect(this.page.getByText('聊城新闻数据看板').first()).toBeVisible();
    await this.live();
  }

  /** Waits until the app has replaced the prerendered overview (scripts/prerender.ts). */
  async live() {
    await expect(this.page.locator('#root')).not.toHaveAttribute('data-prerendered');
  }

  /** Waits until every chart on the page has drawn its current data. */
  async chartsReady() {
    // After a reload the prerendered overview is on screen until the live app replaces it: its
    // charts would detach under the loop below.
    await this.live();
    const charts = this.page.locator('figure.chart');
    await expect(charts.first()).toBeVisible();
    const scrolled = await this.page.evaluate(() => window.scrollY);
    for (const chart of await charts.all()) {
      // Charts draw when they come near the viewport, as they do for a person scrolling.
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute('data-ready', 'true');
    }
    await this.page.evaluate((y) => window.scrollTo(0, y), scrolled);
  }

  chart(name: string): Locator {
    return this.page.getByRole('figure', { name });
  }

  /** The filter chip of a department, year or category, by its visible label. */
  filterChip(label: string): Locator {
    return this.page
      .getByRole('region', { name: '筛选' })
      .getByRole('button', { name: label, exact: true });
  }

  /** A chart panel (section) by its title. */
  panel(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /**
   * Clicks the first mark of a chart that ECharts makes clickable, scanning the plot below the
   * legend: ECharts shows a pointer cursor over interactive marks, as a person would see it.
   */
  async clickFirstMark(chart: Locator, options: { skipTop?: number } = {}) {
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error('chart is not visible');
    const surface = chart.locator('canvas').first();
    for (let y = box.y + (options.skipTop ?? 48); y < box.y + box.height - 8; y += 8) {
      for (let x = box.x + 8; x < box.x + box.width - 8; x += 12) {
        await this.page.mouse.move(x, y);
        const cursor = await surface.evaluate(
          (canvas) => getComputedStyle(canvas.parentElement!).cursor,
        );
        if (cursor === 'pointer') {
          await this.page.mouse.click(x, y);
          return;
        }
      }
    }
    throw new Error('no clickable mark found in the chart');
  }
}
