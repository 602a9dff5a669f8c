import { localeTag, type Locale } from './locale.ts';

const formatters = new Map<Locale, Intl.ListFormat>();

function listFormat(locale: Locale): Intl.ListFormat {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.ListFormat(localeTag(locale), { type: 'conjunction' });
    formatters.set(locale, format);
  }
  return format;
}

/** Names joined as the language writes a list: `大王寨镇和古城镇`, `Dawangzhai and Gucheng`. */
export function formatNameList(names: readonly string[], locale: Locale): string {
  return listFormat(locale).format(names);
}

/**
 * The same list as parts, so each name can be rendered as a link: `{ index }` stands for the
 * name at that index, strings are the separators between them.
 */
export function nameListParts(count: number, locale: Locale): Array<{ index: number } | string> {
  // Placeholders that no separator contains, mapped back to their index.
  const placeholders = Array.from({ length: count }, (_, index) => `\u0000${index}\u0000`);
  return listFormat(locale)
    .formatToParts(placeholders)
    .map((part) =>
      part.type === 'element' ? { index: placeholders.indexOf(part.value) } : part.value,
    );
}
