import { textWidthEm } from './text-width.ts';
import type { Dataset } from './dataset-schema.ts';
import type { Locale } from './locale.ts';

/**
 * What "数据截至 …" on the presentation footer rests on. `publication`: every article prints its
 * publication date, and this is the latest. `records`: some article does not (the seed page prints
 * none), so it is the latest date a figure or event is dated to: nothing reported is newer.
 */
export type DataAsOf = { date: string; basis: 'publication' | 'records' };

/** The latest of ISO dates of mixed precision; as strings, `2023` < `2023-10` < `2023-10-16`. */
function latest(dates: readonly string[]): string | null {
  return dates.reduce<string | null>(
    (max, date) => (max === null || date > max ? date : max),
    null,
  );
}

/** How current the data is, and on what that rests; null for a dataset with no dates at all. */
export function dataAsOf(dataset: Dataset): DataAsOf | null {
  const published = dataset.articles.map((article) => article.publication.date);
  if (published.length > 0 && published.every((date): date is string => date !== null)) {
    const date = latest(published);
    if (date) return { date, basis: 'publication' };
  }
  const date = latest([...dataset.figures, ...dataset.events].map((record) => record.date));
  return date ? { date, basis: 'records' } : null;
}

/**
 * Splits a printed value into its numeral and the rest, so a headline can set the digits large:
 * `343.76万人` → `343.76` + `万人`, `7000余万元` → `7000` + `余万元`. Null when it does not start
 * with digits (a value printed in Chinese numerals, `七型`).
 */
export function splitNumeral(text: string): { numeral: string; rest: string } | null {
  const match = /^([0-9][0-9.,]*)(.*)$/s.exec(text);
  if (!match) return null;
  const [, numeral = '', rest = ''] = match;
  return { numeral, rest };
}

/** The size of the words after a headline's numeral, relative to the numeral's. */
export const REST_SCALE = 0.45;

/**
 * How wide a headline value is, in ems of its numeral's font size: the card sets its numeral so
 * that this fits its width (container query units), so `343.76万人` and `70 million+ yuan` shrink
 * to fit the box instead of running out of it.
 */
export function valueWidthEm(parts: { numeral: string; rest: string }): number {
  const numeral = textWidthEm(parts.numeral);
  const rest = textWidthEm(parts.rest) * REST_SCALE;
  // The gap between numeral and rest, and a little slack for font differences.
  return numeral + rest + 0.15;
}

const pad = (value: number) => String(value).padStart(2, '0');
const WEEKDAYS_ZH = '日一二三四五六';
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** The wall clock in local time, 24-hour: `09:05`. */
export function formatClockTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Today's date for the clock: `1月5日 星期日` / `Sun 5 Jan`. */
export function formatClockDate(date: Date, locale: Locale): string {
  const day = date.getDay();
  if (locale === 'zh') return `${date.getMonth() + 1}月${date.getDate()}日 星期${WEEKDAYS_ZH[day]}`;
  return `${WEEKDAYS_EN[day]} ${date.getDate()} ${MONTHS_EN[date.getMonth()]}`;
}
