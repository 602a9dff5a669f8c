import type { Locale } from './locale.ts';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Writes an ISO date at the precision it has: `2020-07` → `2020年7月` / `July 2020`. */
export function formatIsoDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-');
  const m = month ? Number(month) : undefined;
  const d = day ? Number(day) : undefined;
  if (locale === 'zh') {
    return `${year}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
  }
  const monthName = m ? MONTHS_EN[m - 1] : undefined;
  if (d && monthName) return `${d} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return `${year}`;
}
