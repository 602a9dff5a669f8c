import { useCallback, useEffect, useState } from 'react';

const isFullscreen = () => document.fullscreenElement !== null;

/**
 * Full screen through the Fullscreen API, for TVs without F11. A refusal (no user gesture, a
 * policy, an old TV browser without the API) becomes `refused`, shown on screen for a few
 * seconds, never an unhandled rejection in the console.
 */
export function useFullscreen() {
  const [active, setActive] = useState(isFullscreen);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    const onChange = () => setActive(isFullscreen());
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    if (!refused) return;
    const timer = window.setTimeout(() => setRefused(false), 6000);
    return () => window.clearTimeout(timer);
  }, [refused]);

  const toggle = useCallback(() => {
    if (isFullscreen()) {
      document.exitFullscreen().catch(() => setActive(isFullscreen()));
      return;
    }
    const root = document.documentElement;
    if (typeof root.requestFullscreen !== 'function') {
      setRefused(true);
      return;
    }
    root.requestFullscreen({ navigationUI: 'hide' }).then(
      () => setRefused(false),
      () => setRefused(true),
    );
  }, []);

  return { active, refused, toggle };
}

/** Leaves full screen if the page is in it; used when the presentation closes. */
export function leaveFullscreen() {
  if (isFullscreen()) document.exitFullscreen().catch(() => undefined);
}
