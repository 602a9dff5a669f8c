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

/**
 * True once the element has come within `margin` of the viewport (then stays true), or when
 * `revealEverything` was called, or where IntersectionObserver does not exist (jsdom).
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '50% 0px'): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const forced = useSyncExternalStore(
    subscribe,
    () => everything,
    () => everything,
  );

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
