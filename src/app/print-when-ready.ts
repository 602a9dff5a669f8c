import { revealEverything } from '../ui/near-viewport.ts';
import { endPrint, preparePrint } from '../ui/print-mode.ts';

const MAX_WAIT_MS = 5000;

function allChartsDrawn(): boolean {
  return [...document.querySelectorAll('figure.chart')].every(
    (chart) => (chart as HTMLElement).dataset.ready === 'true',
  );
}

/**
 * Prints once every chart has drawn, in the light print colours: charts below the fold are only
 * drawn when scrolled near (ui/near-viewport.ts), a printout must not show their empty
 * placeholders, and a chart drawn in the dark theme would print light text on white paper.
 */
export function printWhenChartsReady(): void {
  revealEverything();
  preparePrint();
  window.addEventListener('afterprint', endPrint, { once: true });
  const started = performance.now();
  const attempt = () => {
    if (allChartsDrawn() || performance.now() - started > MAX_WAIT_MS) {
      window.print();
      // Where print() returns only once the dialog has closed and no afterprint comes.
      window.setTimeout(endPrint, 0);
    } else window.setTimeout(attempt, 100);
  };
  // Two frames: the charts take the new theme (and clear their ready marks) before the first look.
  requestAnimationFrame(() => requestAnimationFrame(attempt));
}

/** Ctrl+P cannot wait for charts, but it can start drawing them for the next print. */
export function revealChartsBeforePrint(): () => void {
  window.addEventListener('beforeprint', revealEverything);
  return () => window.removeEventListener('beforeprint', revealEverything);
}
