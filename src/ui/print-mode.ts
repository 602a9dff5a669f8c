import { useSyncExternalStore } from 'react';
import { forceTheme } from './theme.ts';

let preparing = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * The page is getting ready to print: charts are redrawn in the light print colours with their
 * patterns, whatever the screen theme, since a canvas keeps the colours it was drawn in.
 */
export function preparePrint(): void {
  preparing = true;
  forceTheme('light');
  for (const listener of listeners) listener();
}

/** Back to the screen's own theme once the print dialog closes. */
export function endPrint(): void {
  if (!preparing) return;
  preparing = false;
  forceTheme(null);
  for (const listener of listeners) listener();
}

export function usePrintPrepared(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => preparing,
    () => false,
  );
}
