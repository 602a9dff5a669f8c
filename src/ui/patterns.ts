import { useCallback, useSyncExternalStore } from 'react';
import { useMediaQuery } from './media-query.ts';
import { usePrintPrepared } from './print-mode.ts';

const STORAGE_KEY = 'patterns';
const listeners = new Set<() => void>();

function stored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

let chosen: boolean | null = null;
const current = () => chosen ?? stored();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Whether charts fill their marks with ECharts decal patterns, so colour is not the only cue.
 * Off by default on screen (a choice, remembered), always on in print.
 */
export function usePatterns(): { patterns: boolean; chosen: boolean; togglePatterns: () => void } {
  const choice = useSyncExternalStore(subscribe, current, () => false);
  const printMedia = useMediaQuery('print');
  const printPrepared = usePrintPrepared();
  const printing = printMedia || printPrepared;
  const togglePatterns = useCallback(() => {
    chosen = !current();
    try {
      localStorage.setItem(STORAGE_KEY, chosen ? 'on' : 'off');
    } catch {
      // Applied now, not remembered.
    }
    for (const listener of listeners) listener();
  }, []);
  return { patterns: choice || printing, chosen: choice, togglePatterns };
}
