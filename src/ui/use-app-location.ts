import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { formatLocation, parseLocation, type AppLocation } from '../domain/url-state.ts';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

const readHash = () => window.location.hash;

/** Changing the hash makes a history entry, so back/forward walk through views and filters. */
export function navigateTo(location: AppLocation, options: { replace?: boolean } = {}) {
  const hash = formatLocation(location);
  if (hash === window.location.hash) return;
  if (options.replace) {
    window.location.replace(hash);
  } else {
    window.location.hash = hash;
  }
  // `hashchange` arrives a task later; render now so a control reflects its click at once.
  for (const listener of listeners) listener();
}

/** The view and filters from the URL, and a way to change them. */
export function useAppLocation() {
  const hash = useSyncExternalStore(subscribe, readHash, () => '');
  const location = useMemo(() => parseLocation(hash), [hash]);
  const navigate = useCallback(
    (next: AppLocation, options?: { replace?: boolean }) => navigateTo(next, options),
    [],
  );
  return { location, navigate };
}
