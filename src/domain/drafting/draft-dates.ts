import type { DateBasis } from '../dataset-schema.ts';
import { findPrintedDates, printedIso, type PrintedDate } from '../printed-date.ts';

/** The year a drafted figure falls in when its sentence prints none, and where it comes from. */
export type ArticleYear = { year: number; source: string };

/**
 * The year of the article: the page's year when the editor gives it (`--year`), else the latest
 * year the text prints (2023年), else none. `norm` is the text as the checks compare it.
 */
export function articleYear(norm: string, pageYear?: number): ArticleYear | null {
  if (pageYear !== undefined) {
    return { year: pageYear, source: "the page's year, as the editor gives it" };
  }
  const years = findPrintedDates(norm).filter((d) => d.year !== undefined);
  const latest = years.reduce<PrintedDate | null>(
    (best, d) => (best === null || (d.year ?? 0) > (best.year ?? 0) ? d : best),
    null,
  );
  return latest?.year === undefined
    ? null
    : { year: latest.year, source: `the latest year the article prints (${latest.text})` };
}

export type DraftDate = {
  date: string;
  dateBasis: DateBasis;
  /** Where an inferred part comes from, naming the year (the data check asks for it). */
  dateNote?: string;
  /** `[start, end)` of the printed date in the searched text, when the sentence prints one. */
  printed?: { start: number; end: number };
};

/** 今年5月以来 (since May this year) starts a period: it does not date the figure. */
const SINCE = /^(?:以来|起|开始|至今)/;

/**
 * The date of a figure at `at` in `sentence` (the sentence around it, as the checks compare
 * text): the printed date nearest before it (or after it, if none is before), its missing year
 * taken from the article; else the article's year, inferred. Null when no year is known.
 */
export function sentenceDate(
  sentence: string,
  at: number,
  year: ArticleYear | null,
): DraftDate | null {
  const dates = findPrintedDates(sentence).filter(
    (d) => d.month !== undefined || d.year !== undefined,
  );
  const dating = dates.filter((d) => !SINCE.test(sentence.slice(d.end)));
  const before = dating.filter((d) => d.end <= at);
  const printed = before.at(-1) ?? dating.find((d) => d.start >= at);
  if (printed && printed.year !== undefined && printed.relativeYear === undefined) {
    return {
      date: printedIso(printed),
      dateBasis: 'printed',
      printed: { start: printed.start, end: printed.end },
    };
  }
  if (!year) return null;
  if (printed) {
    const offset = printed.relativeYear === '去年' ? -1 : 0;
    const full = { ...printed, year: year.year + offset };
    const named = printed.relativeYear
      ? `${printed.relativeYear} (${year.year + offset}), as the year is ${year.year}: ${year.source}`
      : `${year.year}: ${year.source}`;
    return {
      date: printedIso(full),
      dateBasis: 'inferred',
      dateNote: `The page prints ${printed.text} without a year; the year is ${named}.`,
      printed: { start: printed.start, end: printed.end },
    };
  }
  return {
    date: String(year.year),
    dateBasis: 'inferred',
    dateNote: `The sentence prints no date; ${year.year} is ${year.source}.`,
  };
}
