import { useEffect, useMemo, useState } from 'react';
import { stageGeometry, type StageGeometry } from '../../domain/present-stage.ts';

export type Stage = StageGeometry & { devicePixelRatio: number };

type Viewport = { width: number; height: number; dpr: number };

function readViewport(): Viewport {
  return {
    width: window.innerWidth,
    height: window.innerHeight,
    dpr: window.devicePixelRatio || 1,
  };
}

/**
 * The stage's box for the current window. One resize listener for the component's life; browser
 * zoom and a move to a screen of another pixel ratio also fire `resize`.
 */
export function useStage(stretch: boolean): Stage {
  const [viewport, setViewport] = useState(readViewport);

  useEffect(() => {
    const onResize = () =>
      setViewport((previous) => {
        const next = readViewport();
        const same =
          next.width === previous.width &&
          next.height === previous.height &&
          next.dpr === previous.dpr;
        return same ? previous : next;
      });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  return useMemo(
    () => ({
      ...stageGeometry(viewport.width, viewport.height, stretch),
      devicePixelRatio: viewport.dpr,
    }),
    [viewport, stretch],
  );
}
