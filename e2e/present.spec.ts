import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { PresentationPage } from './pages/presentation-page.ts';

test.describe('the presentation', () => {
  // Slides redraw full-screen charts; on a loaded 2-core machine 30 s was not always enough.
  test.describe.configure({ timeout: 90_000 });

  test('opens from the navigation, keeping the filters, without the desk chrome', async ({
    dashboardPage,
    page,
  }) => {
    await dashboardPage.open('#/?year=2023');
    await dashboardPage.nav.getByRole('link', { name: '演示' }).click();
    const presentation = new PresentationPage(page);
    await expect(presentation.stage).toBeVisible();
    expect(await page.evaluate(() => location.hash)).toBe('#/present?year=2023');
    await expect(page.getByRole('navigation', { name: '视图' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: '筛选' })).toHaveCount(0);
    await expect(presentation.title).toHaveText('各单位报道的数字');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await presentation.chartsReady();
  });

  test('opens from a link, also in the spelling ?present=1', async ({ page }) => {
    const presentation = new PresentationPage(page);
    await page.goto('./#/?present=1&cycle=dept&dwell=3600');
    await expect(presentation.title).toHaveText('聊城市审计局（1 / 2）');
    await presentation.open('slide=2&dwell=3600');
    await presentation.expectSlide(2);
  });

  test('moves with the keys a clicker and a keyboard send', async ({ page }) => {
    test.setTimeout(60_000);
    const presentation = new PresentationPage(page);
    await presentation.open();
    const { total } = await presentation.position();
    expect(total).toBeGreaterThanOrEqual(4);
    const steps: Array<[string, number]> = [
      ['PageDown', 2],
      ['ArrowRight', 3],
      ['ArrowDown', 4],
      ['PageUp', 3],
      ['ArrowLeft', 2],
      ['ArrowUp', 1],
      ['Enter', 2],
      ['End', total],
      ['ArrowRight', 1],
      ['ArrowLeft', total],
      ['Home', 1],
      ['3', 3],
      ['1', 1],
    ];
    for (const [key, slide] of steps) {
      await page.keyboard.press(key);
      await presentation.expectSlide(slide);
    }
    // The slide number is in the link (replaced, not pushed), so a reload comes back to it.
    await page.keyboard.press('4');
    await presentation.expectSlide(4);
    expect(await page.evaluate(() => location.hash)).toBe('#/present?dwell=3600&slide=4');
  });

  test('advances by itself and pauses with P and with Space', async ({ page }) => {
    // Timing-based: generous waits, so a machine under load (other test runs) does not fail it.
    test.setTimeout(60_000);
    const presentation = new PresentationPage(page);
    await presentation.open('dwell=1');
    await presentation.expectSlide(2, { timeout: 15_000 });

    await page.keyboard.press('p');
    await expect(presentation.pauseBadge).toBeVisible();
    const { current, total } = await presentation.position();
    await page.waitForTimeout(2000);
    await presentation.expectSlide(current);

    await page.keyboard.press('P');
    await expect(presentation.pauseBadge).toBeHidden();
    await presentation.expectSlide((current % total) + 1, { timeout: 15_000 });

    await page.keyboard.press(' ');
    await expect(presentation.pauseBadge).toBeVisible();
    await page.keyboard.press(' ');
    await expect(presentation.pauseBadge).toBeHidden();
  });

  test('advances on Space when asked to behave like PowerPoint', async ({ page }) => {
    const presentation = new PresentationPage(page);
    await presentation.open('dwell=3600&space=next');
    await page.keyboard.press(' ');
    await presentation.expectSlide(2);
    await expect(presentation.pauseBadge).toBeHidden();
  });

  test('blanks the screen black with B and white with W; any key or a click brings it back', async ({
    page,
  }) => {
    const presentation = new PresentationPage(page);
    await presentation.open();
    const colour = () => presentation.blank.evaluate((el) => getComputedStyle(el).backgroundColor);

    await page.keyboard.press('b');
    await expect(presentation.blank).toBeVisible();
    expect(await colour()).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('ArrowRight');
    await expect(presentation.blank).toBeHidden();
    await presentation.expectSlide(1);

    await page.keyboard.press('w');
    await expect(presentation.blank).toBeVisible();
    expect(await colour()).toBe('rgb(255, 255, 255)');
    await presentation.blank.click();
    await expect(presentation.blank).toBeHidden();
  });

  test('toggles full screen with F and with the on-screen button', async ({ page }) => {
    const presentation = new PresentationPage(page);
    await presentation.open();
    const inFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);

    await page.keyboard.press('f');
    await expect.poll(inFullscreen).toBe(true);
    await page.keyboard.press('F');
    await expect.poll(inFullscreen).toBe(false);

    // Point at the button first: on a loaded machine the 3 s idle delay could pass between a move
    // elsewhere and the click; resting on the button keeps it shown.
    const button = presentation.stage.getByRole('button', { name: '全屏' });
    await presentation.pointAt(button);
    await button.click();
    await expect.poll(inFullscreen).toBe(true);
    await expect(presentation.stage.getByRole('button', { name: '退出全屏' })).toBeVisible();
    // The first Esc leaves full screen, as browsers do; the presentation stays.
    await page.keyboard.press('Escape');
    await expect.poll(inFullscreen).toBe(false);
    await expect(presentation.stage).toBeVisible();
  });

  test('says so when the browser refuses full screen, without a console error', async ({
    page,
  }) => {
    const presentation = new PresentationPage(page);
    await presentation.open();
    await page.evaluate(() => {
      Element.prototype.requestFullscreen = () =>
        Promise.reject(new TypeError('Permissions check failed'));
    });
    await page.keyboard.press('f');
    await expect(presentation.stage.getByRole('alert')).toContainText('浏览器没有允许全屏');
  });

  test('leaves with Esc for the desk view of the slide, keeping the filters', async ({ page }) => {
    const presentation = new PresentationPage(page);
    await presentation.open('year=2023&slide=2&dwell=3600');
    await expect(presentation.title).toHaveText('聊城市审计局（1 / 2）');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation', { name: '视图' })).toBeVisible();
    expect(await page.evaluate(() => location.hash)).toBe(
      '#/departments/liaocheng-audit-bureau?year=2023',
    );
    await expect(page.locator('html')).not.toHaveClass(/presenting/);
    // Back returns to the presentation, on the slide it left.
    await page.goBack();
    await presentation.expectSlide(2);
  });

  test('gives the user their own theme back when it ends', async ({ dashboardPage, page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const presentation = new PresentationPage(page);
    await presentation.open();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await dashboardPage.chartsReady();
  });

  test('hides the cursor and the buttons when the pointer rests', async ({ page }) => {
    const presentation = new PresentationPage(page);
    await presentation.open();
    const cursor = () => presentation.stage.evaluate((el) => getComputedStyle(el).cursor);
    const button = presentation.stage.getByRole('button', { name: '退出演示' });
    const faded = () => expect(presentation.controls).toHaveCSS('opacity', '0', { timeout: 8000 });
    const shown = () => expect(presentation.controls).toHaveCSS('opacity', '1');
    // Every "shown" below is a state that lasts (the pointer rests on the buttons, or one has
    // keyboard focus), never the 3 s after a move: a loaded machine can miss that window.

    // A pointer resting on the buttons keeps them and the cursor: they must not vanish while
    // someone aims, however long that takes.
    await presentation.pointAt(button);
    await expect.poll(cursor).not.toBe('none');
    await page.waitForTimeout(4000); // longer than the 3 s idle delay
    await shown();
    expect(await cursor()).not.toBe('none');

    // Away from them, the buttons and the cursor go.
    await page.mouse.move(300, 300);
    await faded();
    expect(await cursor()).toBe('none');

    // Keyboard focus shows them too, even when the pointer has gone idle elsewhere.
    await button.focus();
    await shown();
    await button.blur();
    await faded();

    // A mouse click focuses a button too; that must not keep the buttons over the slide.
    const pause = presentation.stage.getByRole('button', { name: '暂停', exact: true });
    await presentation.pointAt(pause);
    await pause.click();
    await page.mouse.move(300, 300);
    await faded();
  });

  /** Records every slide the screen shows, however briefly, from the page's first moment. */
  async function recordSlides(page: Page) {
    await page.addInitScript({
      content: `
        window.shown = [];
        new MutationObserver((records) => {
          for (const record of records) window.shown.push(record.target.dataset.slide);
        }).observe(document, { attributeFilter: ['data-slide'], subtree: true });
        new MutationObserver(() => {
          const stage = document.querySelector('main[data-slide]');
          if (stage && window.shown.length === 0) window.shown.push(stage.dataset.slide);
        }).observe(document, { childList: true, subtree: true });
      `,
    });
    return async (count: number) => {
      await page.waitForFunction(
        (n) => (window as unknown as { shown: string[] }).shown.length >= n,
        count,
      );
      const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown);
      return shown.slice(0, count);
    };
  }

  test('cycles the department slides through every department, page by page', async ({ page }) => {
    const slidesShown = await recordSlides(page);
    await new PresentationPage(page).open('cycle=dept&dwell=0.5');
    expect(await slidesShown(10)).toEqual([
      'department:liaocheng-audit-bureau:1',
      'department:liaocheng-audit-bureau:2',
      'department:shenxian-dawangzhai:1',
      'department:shenxian-dawangzhai:2',
      'department:shenxian-gucheng',
      'department:chiping-dulangkou',
      'department:liaocheng-health-commission:1',
      'department:liaocheng-health-commission:2',
      'department:liaocheng-health-commission:3',
      'department:liaocheng-audit-bureau:1',
    ]);
  });

  test('cycles through the departments the link names', async ({ page }) => {
    const slidesShown = await recordSlides(page);
    const presentation = new PresentationPage(page);
    await presentation.open(
      'dept=shenxian-gucheng,liaocheng-health-commission&cycle=dept&dwell=0.5',
    );
    expect((await presentation.position()).total).toBe(4);
    expect(await slidesShown(5)).toEqual([
      'department:shenxian-gucheng',
      'department:liaocheng-health-commission:1',
      'department:liaocheng-health-commission:2',
      'department:liaocheng-health-commission:3',
      'department:shenxian-gucheng',
    ]);
  });

  test('loads nothing from another host', async ({ page }) => {
    const hosts = new Set<string>();
    page.on('request', (request) => hosts.add(new URL(request.url()).host));
    const presentation = new PresentationPage(page);
    // Through the whole deck, so every slide's code and data have loaded.
    await presentation.open('dwell=0.3');
    const { total } = await presentation.position();
    await presentation.expectSlide(total, { timeout: 20_000 });
    await presentation.expectSlide(1, { timeout: 20_000 });
    expect([...hosts]).toEqual([new URL(page.url()).host]);
  });

  test('moves the progress bar in one-second steps for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const presentation = new PresentationPage(page);
    await presentation.open('dwell=20');
    const timing = await presentation.stage
      .locator('[class*="progressFill"]')
      .evaluate((el) => getComputedStyle(el).animationTimingFunction);
    expect(timing).toMatch(/^steps\(20(, end)?\)$/);
  });
});
