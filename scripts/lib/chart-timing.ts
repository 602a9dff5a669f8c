// Page-side timing shared by the benches (bench-interaction, bench-scale). Every function handed
// to the page is self-contained: Playwright sends its source text, not its closure. tsx compiles
// with keepNames, so a page that runs them needs `installNameShim` first.
import type { Page } from '@playwright/test';

export type LongTask = { start: number; duration: number };
export type Measurement = { ms: number; charts: number; flipped: number; longTasks: LongTask[] };

declare global {
  interface Window {
    __benchLongTasks: LongTask[];
    __benchPending: Promise<Measurement> | undefined;
  }
}

/** Before any page script: the `__name` helper keepNames wraps nested functions in, and long tasks. */
export async function instrumentPage(page: Page): Promise<void> {
  await page.addInitScript('globalThis.__name = (target) => target;');
  await page.addInitScript(observeLongTasks);
}

/** Runs in the page before any script: records every long task from the start. */
function observeLongTasks() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/** The long tasks recorded so far. */
export function longTasksSoFar(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => window.__benchLongTasks.slice());
}

/**
 * Runs in the page just before the click. Resolves `__benchPending` when every chart that draws is
 * ready again, timed from the click event's timestamp to the mutation that made the last chart
 * ready. Charts that draw: those within half a screen of the viewport (what src/ui/near-viewport.ts
 * draws) and any drawn earlier; charts further down have nothing to redraw.
 */
function armMeasurement(timeoutMs: number) {
  const drawingCharts = () =>
    Array.from(document.querySelectorAll<HTMLElement>('figure.chart')).filter((figure) => {
      const box = figure.getBoundingClientRect();
      const near = box.height > 0 && box.top < 1.5 * innerHeight && box.bottom > -0.5 * innerHeight;
      return near || figure.querySelector('canvas') !== null;
    });
  window.__benchPending = new Promise<Measurement>((resolve, reject) => {
    let start: number | undefined;
    let flipped = 0;
    let frames = 0;
    const finish = (end: number) => {
      observer.disconnect();
      const begin = start ?? end;
      const longTasks = window.__benchLongTasks.filter(
        (task) => task.start + task.duration >= begin && task.start <= end,
      );
      resolve({ ms: end - begin, charts: drawingCharts().length, flipped, longTasks });
    };
    const check = () => {
      if (start === undefined) return false;
      const ready = drawingCharts().every((figure) => figure.dataset.ready === 'true');
      // A filter change gives every chart a new option; if none flipped after a few frames there
      // was nothing to redraw and the wait ends there.
      if (ready && (flipped > 0 || frames >= 3)) {
        finish(performance.now());
        return true;
      }
      return false;
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if ((record.target as HTMLElement).dataset.ready === 'false') flipped++;
      }
      check();
    });
    observer.observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-ready'],
    });
    document.addEventListener(
      'click',
      (event) => {
        start = event.timeStamp;
        const tick = () => {
          frames++;
          if (!check()) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      },
      { capture: true, once: true },
    );
    setTimeout(
      () => reject(new Error(`charts did not become ready within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
}

/** Times one click: arms the page, runs `click`, and returns what the page measured. */
export async function timeClick(
  page: Page,
  click: () => Promise<void>,
  timeoutMs: number,
): Promise<Measurement> {
  await page.evaluate(armMeasurement, timeoutMs);
  await click();
  return page.evaluate(() => window.__benchPending as Promise<Measurement>);
}

/**
 * Waits until the live app (not the overview prerendered into index.html) has drawn every chart
 * within half a screen of the viewport, the ones it draws without scrolling (as `armMeasurement`
 * counts them); on a timeout says which charts were not ready.
 */
export async function nearChartsReady(page: Page, timeoutMs = 30_000): Promise<void> {
  try {
    await page.waitForFunction(
      function allReady() {
        if (document.querySelector('#root[data-prerendered]')) return false;
        const charts = Array.from(document.querySelectorAll('figure.chart')).filter((f) => {
          const box = f.getBoundingClientRect();
          return box.height > 0 && box.top < 1.5 * innerHeight && box.bottom > -0.5 * innerHeight;
        });
        return charts.length > 0 && charts.every((f) => f.getAttribute('data-ready') === 'true');
      },
      undefined,
      { timeout: timeoutMs, polling: 50 },
    );
  } catch (error) {
    const state = await page.evaluate(() =>
      Array.from(document.querySelectorAll('figure.chart')).map(
        (f) => `${f.getAttribute('aria-label')}: ${f.getAttribute('data-ready')}`,
      ),
    );
    throw new Error(`charts not ready: ${state.join('; ') || 'no charts'}`, { cause: error });
  }
}
