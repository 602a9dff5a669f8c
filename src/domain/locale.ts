/** The interface languages: Simplified Chinese (the default) and English. */
export type Locale = 'zh' | 'en';

export const LOCALES: readonly Locale[] = ['zh', 'en'];

/** The BCP 47 tag for `Intl`, `<html lang>` and `lang` attributes. */
export function localeTag(locale: Locale): 'zh-CN' | 'en' {
  return locale === 'zh' ? 'zh-CN' : 'en';
}

/** The other interface language: what the language switch offers. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}
