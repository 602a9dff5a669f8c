import { useEffect, useState } from 'react';

/** An element the pointer may rest on without the presentation going idle (its buttons). */
const KEEP_AWAKE = '[data-keep-awake]';

function restsOnKeepAwake(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(KEEP_AWAKE) !== null;
}

/**
 * True once the pointer has not moved for `ms`: the presentation then hides the cursor and its
 * on-screen buttons. Keys do not wake it; a clicker should not bring the cursor back. A pointer
 * resting on an element marked data-keep-awake never goes idle: a button must not vanish
 * while someone is aiming at it.
 */
export function useIdle(ms: number): boolean {
  const [idle, setIdle] = useState(false);

  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), ms);
    const wake = (event: PointerEvent) => {
      setIdle(false);
      window.clearTimeout(timer);
      if (!restsOnKeepAwake(event.target)) timer = window.setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, [ms]);

  return idle;
}
