import type { DateBasis } from './dataset-schema.ts';

/** A date as a quote prints it: `2020年7月`, `10月16日`, `今年5月`, `2023年`. */
export type PrintedDate = {
  text: string;
  /** `[start, end)` in the text searched. */
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  /** 今年 / 去年: the year is named but not printed. */
  relativeYear?: string;
};

// Arabic digits only: the normalized text has full-width digits folded already. A Chinese-numeral
// date (二〇二三年十月) is not read; no page so far prints one.
const DATE_PATTERN =
  /(?<!\d)(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?|(今年|去年)?(?<!\d)(\d{1,2})月(?:(\d{1,2})日)?/g;

/** Every date printed in `text` (whitespace removed, full-width digits folded). */
export function findPrintedDates(text: string): PrintedDate[] {
  const dates: PrintedDate[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    const [whole, year, month1, day1, relativeYear, month2, day2] = m;
    const monthText = month1 ?? month2;
    const dayText = day1 ?? day2;
    // 13月 or 32日 is no date.
    if (monthText && (Number(monthText) < 1 || Number(monthText) > 12)) continue;
    if (dayText && (Number(dayText) < 1 || Number(dayText) > 31)) continue;
    dates.push({
      text: whole,
      start: m.index,
      end: m.index + whole.length,
      ...(year ? { year: Number(year) } : {}),
      ...(monthText ? { month: Number(monthText) } : {}),
      ...(dayText ? { day: Number(dayText) } : {}),
      ...(relativeYear ? { relativeYear } : {}),
    });
  }
  return dates;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** What the printed date says as ISO, with `????` for a year that is not printed. */
export function printedIso(date: PrintedDate): string {
  const year = date.year === undefined ? '????' : String(date.year);
  if (date.month === undefined) return year;
  return date.day === undefined
    ? `${year}-${pad(date.month)}`
    : `${year}-${pad(date.month)}-${pad(date.day)}`;
}

export type DatedRecord = { date: string; dateBasis: DateBasis; dateNote?: string | undefined };
export type DateProblem = { field: 'date' | 'dateBasis' | 'dateNote'; message: string };

/**
 * Compares a record's date with the date its quote prints (if any). The printed parts must agree;
 * whatever the date says beyond them (usually the year) must be marked `inferred` and explained.
 */
export function checkRecordDate(record: DatedRecord, printed: PrintedDate | null): DateProblem[] {
  const problems: DateProblem[] = [];
  const [year, month, day] = record.date.split('-').map(Number);
  if (!printed) {
    if (record.dateBasis === 'printed') {
      problems.push({
        field: 'dateBasis',
        message:
          "the quote prints no date (such as 2020年7月 or 10月16日): dateBasis must be 'inferred'," +
          ' with a dateNote saying where the date comes from',
      });
    }
  } else {
    const says = `the quote prints ${printed.text} (${printedIso(printed)})`;
    const disagrees =
      (printed.year !== undefined && printed.year !== year) ||
      (printed.month !== undefined && month !== undefined && printed.month !== month) ||
      (printed.day !== undefined && day !== undefined && printed.day !== day);
    const lessPrecise =
      (printed.month !== undefined && month === undefined) ||
      (printed.day !== undefined && day === undefined);
    if (disagrees) {
      problems.push({
        field: 'date',
        message: `date ${record.date} disagrees with the quote: ${says}`,
      });
    } else if (lessPrecise) {
      problems.push({
        field: 'date',
        message: `date ${record.date} is less precise than the quote: ${says}`,
      });
    }
    const fullyPrinted =
      printed.year !== undefined &&
      (month === undefined || printed.month !== undefined) &&
      (day === undefined || printed.day !== undefined);
    if (fullyPrinted && record.dateBasis === 'inferred' && !disagrees) {
      problems.push({
        field: 'dateBasis',
        message: `${says}, the whole date: dateBasis should be 'printed'`,
      });
    }
    if (!fullyPrinted && record.dateBasis === 'printed') {
      problems.push({
        field: 'dateBasis',
        message: `${says}, not the whole date ${record.date}: dateBasis must be 'inferred', with a dateNote saying where the rest comes from`,
      });
    }
  }
  if (record.dateBasis === 'inferred' && !record.dateNote) {
    problems.push({
      field: 'dateNote',
      message:
        "dateBasis is 'inferred': say in dateNote where the unprinted part of the date comes from",
    });
  } else if (
    record.dateBasis === 'inferred' &&
    printed?.year === undefined &&
    !record.dateNote?.includes(String(year))
  ) {
    // The year is the part most often inferred, and a slip there moves a record between years.
    problems.push({
      field: 'dateNote',
      message: `the year ${year} is not printed: say in dateNote where ${year} comes from`,
    });
  }
  return problems;
}
