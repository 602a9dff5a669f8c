import { useEffect, useState } from 'react';

/** Whether a mouse pointer rests on an element marked data-keep-awake (the presentation's buttons). */
function pointerOnKeepAwake(): boolean {
  return document.querySelector('[data-keep-awake]:hover') !== null;
}

/**
 * True once the pointer has not moved for `ms`: the presentation then hides the cursor and its
 * on-screen buttons. Keys do not wake it; a clicker should not bring the cursor back. While a
 * mouse rests on the buttons (`isResting`) it does not go idle: a button must not vanish while
 * someone is aiming at it. A touch does not count as resting (a finger leaves no hover behind).
 */
export function useIdle(ms: number, isResting: () => boolean = pointerOnKeepAwake): boolean {
  const [idle, setIdle] = useState(false);

  useEffect(() => {
    let lastPointer = 'mouse';
    let timer: number;
    const expire = () => {
      if (lastPointer !== 'touch' && isResting()) timer = window.setTimeout(expire, ms);
      else setIdle(true);
    };
    timer = window.setTimeout(expire, ms);
    const wake = (event: PointerEvent) => {
      lastPointer = event.pointerType || 'mouse';
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(expire, ms);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, [ms, isResting]);

  return idle;
}
