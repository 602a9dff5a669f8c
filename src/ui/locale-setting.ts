import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { localeTag, type Locale } from '../domain/locale.ts';
import { translate } from './messages.ts';

const STORAGE_KEY = 'lang';

function asLocale(value: string | null | undefined): Locale | null {
  return value === 'zh' || value === 'en' ? value : null;
}

/** `?lang=en` before the hash or inside it (`#/compare?lang=en`) sets the language. */
function localeFromUrl(): Locale | null {
  const hashQuery = window.location.hash.split('?')[1] ?? '';
  return (
    asLocale(new URLSearchParams(hashQuery).get('lang')) ??
    asLocale(new URLSearchParams(window.location.search).get('lang'))
  );
}

function storedLocale(): Locale | null {
  try {
    return asLocale(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

let chosenLocale: Locale | null = null;
const listeners = new Set<() => void>();

/** Chinese by default; a URL parameter wins over the remembered choice. */
export function currentLocale(): Locale {
  return localeFromUrl() ?? chosenLocale ?? storedLocale() ?? 'zh';
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('popstate', listener);
  };
}

function withoutLangParam(url: URL): URL {
  const next = new URL(url);
  next.searchParams.delete('lang');
  const [path, query] = next.hash.split('?');
  if (query !== undefined) {
    const params = new URLSearchParams(query);
    params.delete('lang');
    const rest = params.toString().replaceAll('%2C', ',');
    next.hash = rest ? `${path}?${rest}` : (path ?? '');
  }
  return next;
}

/** The interface language, kept on <html lang> and the title, and a way to switch it. */
export function useLocaleSetting(): { locale: Locale; setLocale: (locale: Locale) => void } {
  const locale = useSyncExternalStore(subscribe, currentLocale, () => 'zh' as const);

  useEffect(() => {
    document.documentElement.lang = localeTag(locale);
    document.title = translate(locale, 'app.title');
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    chosenLocale = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered across visits, but applied now.
    }
    // A language in the URL would override the choice: take it out, without a history entry.
    const url = withoutLangParam(new URL(window.location.href));
    if (url.href !== window.location.href) window.history.replaceState(null, '', url);
    for (const listener of listeners) listener();
  }, []);

  return { locale, setLocale };
}
