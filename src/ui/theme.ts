import { useCallback, useSyncExternalStore } from 'react';

export type ThemeMode = 'light' | 'dark';

const STORAGE_KEY = 'theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function readStoredTheme(): ThemeMode | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : null;
  } catch {
    // Storage can be disabled (private mode, some file:// setups); follow the system then.
    return null;
  }
}

let chosenTheme: ThemeMode | null = null;
/** A screen that needs one theme whatever the user picked: the presentation's dark big screen. */
let forcedTheme: ThemeMode | null = null;
const listeners = new Set<() => void>();

function currentTheme(): ThemeMode {
  return (
    forcedTheme ??
    chosenTheme ??
    readStoredTheme() ??
    (matchMedia(DARK_QUERY).matches ? 'dark' : 'light')
  );
}

/** Puts the current theme on <html>; called before the first render so nothing flashes. */
export function applyTheme(): ThemeMode {
  const theme = currentTheme();
  document.documentElement.dataset.theme = theme;
  return theme;
}

/**
 * Forces a theme until called with null, without remembering it as the user's choice; charts
 * follow because `useTheme` reports the change.
 */
export function forceTheme(mode: ThemeMode | null): void {
  forcedTheme = mode;
  applyTheme();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  const onSystemChange = () => {
    applyTheme();
    listener();
  };
  listeners.add(listener);
  const media = matchMedia(DARK_QUERY);
  media.addEventListener('change', onSystemChange);
  return () => {
    listeners.delete(listener);
    media.removeEventListener('change', onSystemChange);
  };
}

/** The theme follows the system until the user picks one; the choice is remembered. */
export function useTheme(): { theme: ThemeMode; toggleTheme: () => void } {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as const);

  const toggleTheme = useCallback(() => {
    chosenTheme = currentTheme() === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(STORAGE_KEY, chosenTheme);
    } catch {
      // Not remembered across visits, but applied for this page.
    }
    applyTheme();
    for (const listener of listeners) listener();
  }, []);

  return { theme, toggleTheme };
}
