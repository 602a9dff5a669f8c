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
  }

  /** Waits until every chart on the page has drawn its current data. */
  async chartsReady() {
    const charts = this.page.locator('figure.chart');
    await expect(charts.first()).toBeVisible();
    for (const chart of await charts.all()) {
      await expect(chart).toHaveAttribute('data-ready', 'true');
    }
  }

  chart(name: string): Locator {
    return this.page.getByRole('figure', { name });
  }
}
