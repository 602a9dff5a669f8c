import { useEffect, useRef } from 'react';

export type AutoAdvanceOptions = {
  /** Identifies the slide on screen: a new key starts a full dwell. */
  slideKey: string;
  dwellMs: number;
  /** False while paused or blanked: the time left is kept and used on resuming. */
  running: boolean;
  onAdvance: () => void;
};

/**
 * Calls `onAdvance` after the slide has been on screen, running, for `dwellMs`. One timeout at a
 * time, cleared on every change and on unmount, so nothing accumulates over a day of cycling.
 */
export function useAutoAdvance({ slideKey, dwellMs, running, onAdvance }: AutoAdvanceOptions) {
  const advance = useRef(onAdvance);
  const left = useRef({ slideKey, ms: dwellMs });

  useEffect(() => {
    advance.current = onAdvance;
  }, [onAdvance]);

  useEffect(() => {
    if (left.current.slideKey !== slideKey) left.current = { slideKey, ms: dwellMs };
    if (!running) return;
    const current = left.current;
    const started = performance.now();
    const timer = window.setTimeout(() => advance.current(), current.ms);
    return () => {
      window.clearTimeout(timer);
      current.ms = Math.max(0, current.ms - (performance.now() - started));
    };
  }, [slideKey, dwellMs, running]);
}
