import type { Locale } from '../domain/locale.ts';
import { formatMessage, type MessageValues } from '../domain/message-format.ts';
import { zh, type MessageKey } from './i18n/zh.ts';

export type { MessageKey } from './i18n/zh.ts';

type Catalogue = Record<MessageKey, string>;

/**
 * Every interface string, one catalogue per language (src/ui/i18n/). Chinese, the default, is in
 * the entry; English is its own chunk, read before the first render that needs it
 * (`loadCatalogue`), so most visitors never download it (docs/PERFORMANCE.md).
 */
const catalogues: Partial<Record<Locale, Catalogue>> = { zh };
const loading = new Map<Locale, Promise<void>>();
const listeners = new Set<() => void>();

/** Reads a language's catalogue; resolves at once when it is there. */
export function loadCatalogue(locale: Locale): Promise<void> {
  if (catalogues[locale]) return Promise.resolve();
  let load = loading.get(locale);
  if (!load) {
    load = import('./i18n/en.ts').then(({ en }) => {
      catalogues.en = en;
      for (const listener of listeners) listener();
    });
    loading.set(locale, load);
  }
  return load;
}

/** Whether a language's strings are here; until they are, the Chinese ones stand in. */
export function hasCatalogue(locale: Locale): boolean {
  return catalogues[locale] !== undefined;
}

/** Called once a catalogue arrives, so a screen drawn before can redraw in its language. */
export function onCatalogueLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Looks up a message and fills its placeholders and plural forms. */
export function translate(locale: Locale, key: MessageKey, values: MessageValues = {}): string {
  const catalogue = catalogues[locale] ?? zh;
  return formatMessage(catalogue[key], values, catalogue === zh ? 'zh' : locale);
}
