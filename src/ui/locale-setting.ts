import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { localeTag, type Locale } from '../domain/locale.ts';
import { hasCatalogue, loadCatalogue, onCatalogueLoaded, translate } from './messages.ts';

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

/**
 * Chinese by default; a URL parameter wins over the remembered choice, and holds for the visit:
 * a link without it (a view opened from the page) keeps the language the link arrived with.
 */
export function currentLocale(): Locale {
  const fromUrl = localeFromUrl();
  if (fromUrl) rememberForVisit(fromUrl);
  return fromUrl ?? chosenLocale ?? visitLocale() ?? storedLocale() ?? 'zh';
}

/** The language this tab arrived with or switched to, for the rest of the visit. */
const VISIT_KEY = 'lang-visit';

function visitLocale(): Locale | null {
  try {
    return asLocale(sessionStorage.getItem(VISIT_KEY));
  } catch {
    return null;
  }
}

function rememberForVisit(locale: Locale) {
  try {
    sessionStorage.setItem(VISIT_KEY, locale);
  } catch {
    // Storage disabled: the address still carries the language.
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  window.addEventListener('popstate', listener);
  const stopCatalogue = onCatalogueLoaded(listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('popstate', listener);
    stopCatalogue();
  };
}

/**
 * The language the screen can speak now: the one asked for once its catalogue is here (it is
 * fetched on first ask), Chinese until then.
 */
function shownLocale(): Locale {
  const wanted = currentLocale();
  if (hasCatalogue(wanted)) return wanted;
  void loadCatalogue(wanted);
  return 'zh';
}

/**
 * Keeps the language in the address (`#/…?lang=en`), so a copied link opens in the language it
 * was copied in; Chinese, the default, needs no parameter.
 */
function withLangParam(url: URL, locale: Locale): URL {
  const next = withoutLangParam(url);
  if (locale === 'zh') return next;
  const [path = '#/', query] = next.hash.split('?');
  const params = new URLSearchParams(query ?? '');
  params.set('lang', locale);
  next.hash = `${path || '#/'}?${params.toString().replaceAll('%2C', ',')}`;
  return next;
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

/**
 * Rewrites the address without a history entry, and says so: replaceState fires no hashchange,
 * and the app's location (and every link built from it) must see the new language.
 */
function replaceAddress(url: URL) {
  window.history.replaceState(null, '', url);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The interface language, kept on <html lang> and the title, and a way to switch it. */
export function useLocaleSetting(): { locale: Locale; setLocale: (locale: Locale) => void } {
  const locale = useSyncExternalStore(subscribe, shownLocale, () => 'zh' as const);

  useEffect(() => {
    document.documentElement.lang = localeTag(locale);
    document.title = translate(locale, 'app.title');
    // The language as of the event, not of this render: a switch may have just happened.
    const keepInAddress = () => {
      const url = withLangParam(new URL(window.location.href), currentLocale());
      if (url.href !== window.location.href) replaceAddress(url);
    };
    keepInAddress();
    window.addEventListener('hashchange', keepInAddress);
    return () => window.removeEventListener('hashchange', keepInAddress);
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    chosenLocale = next;
    rememberForVisit(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered across visits, but applied now.
    }
    // The address says the new language (or, for Chinese, none), without a history entry.
    const url = withLangParam(new URL(window.location.href), next);
    if (url.href !== window.location.href) replaceAddress(url);
    for (const listener of listeners) listener();
  }, []);

  return { locale, setLocale };
}
