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

  /** Waits until every chart on the slide has drawn (a 4K canvas on a busy machine takes a while). */
  async chartsReady() {
    for (const chart of await this.stage.locator('figure.chart').all()) {
      await expect(chart).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
    }
  }

  /**
   * Moves the pointer onto the middle of an element and makes sure it rests there: faded controls
   * take no pointer, so the first move only wakes them; moving again lands on them. Repeated until
   * the buttons report the hover, as a hand would try again. Resting keeps them shown.
   */
  async pointAt(target: Locator) {
    const box = await target.boundingBox();
    if (box === null) throw new Error('the element has no box to point at');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    let nudge = 0;
    await expect
      .poll(async () => {
        nudge = nudge === 0 ? 1 : 0;
        await this.page.mouse.move(x + nudge, y);
        return this.page.evaluate(() => document.querySelector('[data-keep-awake]:hover') !== null);
      })
      .toBe(true);
  }
}
