import { expect, type Locator, type Page } from '@playwright/test';

/** What a presenter sees and does on the meeting-room screen. */
export class PresentationPage {
  readonly page: Page;
  readonly stage: Locator;
  readonly title: Locator;
  readonly slideNumber: Locator;
  readonly pauseBadge: Locator;
  readonly blank: Locator;
  /** The on-screen buttons: they fade out (opacity 0) when the pointer rests. */
  readonly controls: Locator;

  constructor(page: Page) {
    this.page = page;
    this.stage = page.getByRole('main', { name: '演示画面' });
    this.title = this.stage.getByRole('heading', { level: 1 });
    this.slideNumber = this.stage.getByText(/^第 \d+ \/ \d+ 页$/);
    this.pauseBadge = this.stage.getByRole('status').filter({ hasText: '已暂停' });
    this.blank = page.getByRole('img', { name: '屏幕已遮住，按任意键恢复' });
    this.controls = this.stage.locator('[data-keep-awake]');
  }

  /** Opens `#/present` with parameters, e.g. `dwell=3600&year=2023`. */
  async open(query = 'dwell=3600') {
    await this.page.goto(`./#/present${query ? `?${query}` : ''}`);
    // Generous: the first load parses ECharts, which takes a while on a busy machine.
    await expect(this.stage).toBeVisible({ timeout: 15_000 });
  }

  /** The slide on screen and the size of the deck, as the footer says. */
  async position(): Promise<{ current: number; total: number }> {
    const text = (await this.slideNumber.textContent()) ?? '';
    const [, current = '0', total = '0'] = /第 (\d+) \/ (\d+) 页/.exec(text) ?? [];
    return { current: Number(current), total: Number(total) };
  }

  async expectSlide(current: number, options: { timeout?: number } = {}) {
    await expect(this.slideNumber).toHaveText(new RegExp(`^第 ${current} / \\d+ 页$`), options);
  }

  /** Waits until every chart on the slide has drawn. */
  async chartsReady() {
    for (const chart of await this.stage.locator('figure.chart').all()) {
      await expect(chart).toHaveAttribute('data-ready', 'true');
    }
  }
}
