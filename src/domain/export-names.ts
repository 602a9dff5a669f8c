import type { Filters } from './url-state.ts';

/** Characters no file system takes in a name. */
const UNSAFE = /[\\/:*?"<>|]/g;

/** Control characters (tabs, line breaks…) become spaces. */
const isControl = (ch: string) => (ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f';

/**
 * A download's file name from what the screen shows: `聊城新闻数据-大王寨镇-2023.csv`. Parts
 * are cleaned of characters file systems refuse and joined with "-"; empty parts are left out.
 */
export function exportFileName(parts: readonly string[], extension: string): string {
  const clean = parts
    .map((part) =>
      [...part]
        .map((ch) => (isControl(ch) ? ' ' : ch))
        .join('')
        .replace(UNSAFE, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((part) => part !== '');
  return `${clean.join('-')}.${extension}`;
}

export type FilterNames = {
  department: (id: string) => string;
  category: (id: string) => string;
};

/** The filters as words, in the bar's order: departments, years, categories; none when empty. */
export function filterParts(filters: Filters, names: FilterNames): string[] {
  return [
    ...filters.departments.map(names.department),
    ...filters.years,
    ...filters.categories.map(names.category),
  ];
}
