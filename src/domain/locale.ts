/** The interface languages: Simplified Chinese (the default) and English. */
export type Locale = 'zh' | 'en';

export const LOCALES: readonly Locale[] = ['zh', 'en'];
