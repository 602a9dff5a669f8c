import { revealEverything } from '../ui/near-viewport.ts';

const MAX_WAIT_MS = 5000;

function allChartsDrawn(): boolean {
  return [...document.querySelectorAll('figure.chart')].every(
    (chart) => (chart as HTMLElement).dataset.ready === 'true',
  );
}

/**
 * Prints once every chart has drawn: charts below the fold are only drawn when scrolled near
 * (ui/near-viewport.ts), and a printout must not show their empty placeholders.
 */
export function printWhenChartsReady(): void {
  revealEverything();
  const started = performance.now();
  const attempt = () => {
    if (allChartsDrawn() || performance.now() - started > MAX_WAIT_MS) window.print();
    else window.setTimeout(attempt, 100);
  };
  attempt();
}

/** Ctrl+P cannot wait for charts, but it can start drawing them for the next print. */
export function revealChartsBeforePrint(): () => void {
  window.addEventListener('beforeprint', revealEverything);
  return () => window.removeEventListener('beforeprint', revealEverything);
}
