import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Locale } from '../domain/locale.ts';
import { translate, type MessageKey } from './messages.ts';

type LocaleContextValue = { locale: Locale; setLocale: (locale: Locale) => void };

const LocaleContext = createContext<LocaleContextValue>({ locale: 'zh', setLocale: () => {} });

export type LocaleProviderProps = LocaleContextValue & { children: ReactNode };

export function LocaleProvider({ locale, setLocale, children }: LocaleProviderProps) {
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext).locale;
}

/** Switches the interface language (remembered across visits). */
export function useSetLocale(): (locale: Locale) => void {
  return useContext(LocaleContext).setLocale;
}

/** Returns `t(key, values)` for the current interface language. */
export function useT() {
  const locale = useLocale();
  return useCallback(
    (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values),
    [locale],
  );
}
