import { expect, test } from './fixtures.ts';
import { PresentationPage } from './pages/presentation-page.ts';

const SCREENS = [
  { name: '1366×768 laptop', width: 1366, height: 768, scale: 1 },
  { name: '1920×1080', width: 1920, height: 1080, scale: 1 },
  { name: '3840×2160 (4K)', width: 3840, height: 2160, scale: 1 },
  { name: '1920×1080 at 150 % scaling', width: 1280, height: 720, scale: 1.5 },
  { name: 'an ultra-wide 2560×1080', width: 2560, height: 1080, scale: 1 },
];

for (const screen of SCREENS) {
  test.describe(`on ${screen.name}`, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      deviceScaleFactor: screen.scale,
    });

    test('every slide fits: no scrollbars, the whole 16:9 stage on screen, sharp charts', async ({
      page,
    }) => {
      // Every slide drawn at up to 4K in a software-rendering Chromium takes a while.
      test.setTimeout(120_000);
      const presentation = new PresentationPage(page);
      await presentation.open();
      const { total } = await presentation.position();
      for (let slide = 1; slide <= total; slide++) {
        if (slide > 1) await page.keyboard.press('ArrowRight');
        await presentation.expectSlide(slide);
        await presentation.chartsReady();

        const page_ = await page.evaluate(() => ({
          innerWidth,
          innerHeight,
          scrollWidth: document.documentElement.scrollWidth,
          scrollHeight: document.documentElement.scrollHeight,
          bodyScrollWidth: document.body.scrollWidth,
          bodyScrollHeight: document.body.scrollHeight,
        }));
        expect(page_.scrollWidth).toBeLessThanOrEqual(page_.innerWidth);
        expect(page_.scrollHeight).toBeLessThanOrEqual(page_.innerHeight);
        expect(page_.bodyScrollWidth).toBeLessThanOrEqual(page_.innerWidth);
        expect(page_.bodyScrollHeight).toBeLessThanOrEqual(page_.innerHeight);

        const box = await presentation.stage.boundingBox();
        if (!box) throw new Error('the stage is not on screen');
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
        expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
        expect(Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.01);
        // Letterboxed: it touches two opposite edges of the window.
        expect(Math.min(screen.width - box.width, screen.height - box.height)).toBeLessThanOrEqual(
          1,
        );

        // Nothing in the slide is cut off by the stage: the footer and the content fit.
        const overflow = await presentation.stage.evaluate((stage) =>
          Array.from(stage.querySelectorAll('section[aria-label^="第"]')).map(
            (slide) => slide.scrollHeight - slide.clientHeight,
          ),
        );
        expect(overflow.every((px) => px <= 1)).toBe(true);

        // Each canvas is drawn at its on-screen size × the pixel ratio, not blown up.
        const canvases = await presentation.stage
          .locator('figure.chart canvas')
          .evaluateAll((elements) =>
            (elements as HTMLCanvasElement[]).map((canvas) => {
              const rect = canvas.getBoundingClientRect();
              return {
                width: canvas.width,
                height: canvas.height,
                expectedWidth: rect.width * devicePixelRatio,
                expectedHeight: rect.height * devicePixelRatio,
                transform: getComputedStyle(canvas.closest('main')!).transform,
              };
            }),
          );
        for (const canvas of canvases) {
          expect(Math.abs(canvas.width - canvas.expectedWidth)).toBeLessThanOrEqual(1);
          expect(Math.abs(canvas.height - canvas.expectedHeight)).toBeLessThanOrEqual(1);
          expect(canvas.transform).toBe('none');
        }
      }
    });
  });
}

test.describe('stretched on an ultra-wide screen', () => {
  test.use({ viewport: { width: 2560, height: 1080 } });

  test('fills the whole window', async ({ page }) => {
    const presentation = new PresentationPage(page);
    await presentation.open('dwell=3600&stretch=1');
    await presentation.chartsReady();
    expect(await presentation.stage.boundingBox()).toEqual({
      x: 0,
      y: 0,
      width: 2560,
      height: 1080,
    });
  });
});
