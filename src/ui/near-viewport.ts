import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';

// Charts far below the fold need not pay for ECharts before anyone scrolls to them: on a phone
// the overview's charts start two screens down, and drawing them during load is most of the
// main-thread time Lighthouse counts (docs/PERFORMANCE.md). Printing asks for every chart.

let everything = false;
const listeners = new Set<() => void>();

/** Makes every deferred element render now, e.g. before printing. Stays on for the page's life. */
export function revealEverything(): void {
  if (everything) return;
  everything = true;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once `revealEverything` was called (printing was asked for). */
export function useEverythingRevealed(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => everything,
    () => everything,
  );
}

/**
 * True once the element has come within `margin` of the viewport (then stays true), or when
 * `revealEverything` was called, or where IntersectionObserver does not exist (jsdom).
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '50% 0px'): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const forced = useEverythingRevealed();

  useEffect(() => {
    const element = ref.current;
    if (near || forced || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, near, forced]);

  return near || forced;
}

// Charts that come into view together (three on a desk's first screen) would otherwise all
// initialise ECharts in one commit: one long task. Each waits for its turn, granted when the
// previous chart has drawn (or after a short wait, so one broken chart cannot hold the rest).
const TURN_TIMEOUT_MS = 250;
const waiting: Array<() => void> = [];
let turnHeld = false;
let turnTimer: number | undefined;

function grantNextTurn() {
  window.clearTimeout(turnTimer);
  const next = waiting.shift();
  turnHeld = next !== undefined;
  if (!next) return;
  turnTimer = window.setTimeout(grantNextTurn, TURN_TIMEOUT_MS);
  next();
}

/**
 * True once it is this element's turn to do heavy work (draw a chart), one at a time in the order
 * asked. Call `done` when the work is over. Turns are not rationed where there is no
 * IntersectionObserver (jsdom), as `useNearViewport` does not defer there either.
 */
export function useTurn(wanted: boolean): { granted: boolean; done: () => void } {
  const [granted, setGranted] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (!wanted || granted) return;
    const grant = () => setGranted(true);
    waiting.push(grant);
    if (!turnHeld) grantNextTurn();
    return () => {
      const at = waiting.indexOf(grant);
      if (at !== -1) waiting.splice(at, 1);
    };
  }, [wanted, granted]);
  return { granted, done: grantNextTurn };
}
