import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { Locale } from '../domain/locale.ts';
import { translate, type MessageKey } from './messages.ts';

const LocaleContext = createContext<Locale>('zh');

export type LocaleProviderProps = { locale: Locale; children: ReactNode };

export function LocaleProvider({ locale, children }: LocaleProviderProps) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** Returns `t(key, values)` for the current interface language. */
export function useT() {
  const locale = useLocale();
  return useCallback(
    (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values),
    [locale],
  );
}
