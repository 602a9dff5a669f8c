import type { DatedEvent, Figure } from './dataset-schema.ts';
import { yearOf } from './filter-dataset.ts';

/** A record with a date: an event, or a figure (which is dated as of when it was reported). */
export type DatedRecord =
  | { kind: 'event'; id: string; date: string; department: string; record: DatedEvent }
  | { kind: 'figure'; id: string; date: string; department: string; record: Figure };

export type DatePrecision = 'year' | 'month' | 'day';

/** How precise an ISO date is: `2023` → year, `2023-05` → month, `2023-05-28` → day. */
export function datePrecision(isoDate: string): DatePrecision {
  const parts = isoDate.split('-').length;
  return parts >= 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

const KIND_ORDER = { event: 0, figure: 1 } as const;

/**
 * Every event and figure, oldest first. ISO dates of mixed precision sort correctly as strings
 * (`2023-05` before `2023-05-28`, the month before a day in it); ties keep the department order
 * given, then events before figures, then the dataset's order.
 */
export function chronologicalRecords(
  events: readonly DatedEvent[],
  figures: readonly Figure[],
  departmentOrder: readonly string[],
): DatedRecord[] {
  const rank = (department: string) => {
    const at = departmentOrder.indexOf(department);
    return at === -1 ? departmentOrder.length : at;
  };
  const records: DatedRecord[] = [
    ...events.map((record) => ({
      kind: 'event' as const,
      id: record.id,
      date: record.date,
      department: record.department,
      record,
    })),
    ...figures.map((record) => ({
      kind: 'figure' as const,
      id: record.id,
      date: record.date,
      department: record.department,
      record,
    })),
  ];
  // Array.prototype.sort is stable, so equal records keep the dataset's order.
  return records.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      rank(a.department) - rank(b.department) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}

export type YearGroup = {
  year: string;
  /** Records dated to a month or a day, oldest first. */
  dated: DatedRecord[];
  /** Records that only know their year: they cannot be placed inside it. */
  yearOnly: DatedRecord[];
};

/** Splits chronological records by year, keeping the year-only ones apart. */
export function groupByYear(records: readonly DatedRecord[]): YearGroup[] {
  const groups = new Map<string, YearGroup>();
  for (const record of records) {
    const year = yearOf(record.date);
    const group = groups.get(year) ?? { year, dated: [], yearOnly: [] };
    if (datePrecision(record.date) === 'year') group.yearOnly.push(record);
    else group.dated.push(record);
    groups.set(year, group);
  }
  return [...groups.values()].sort((a, b) => a.year.localeCompare(b.year));
}

/** One mark on the chart: the records of one department on one date. */
export type TimelineMark = {
  department: string;
  date: string;
  records: DatedRecord[];
};

/**
 * The records a time axis can place (month or day precision), merged where one department has
 * several on the same date so that no point hides another.
 */
export function timelineMarks(records: readonly DatedRecord[]): TimelineMark[] {
  const marks = new Map<string, TimelineMark>();
  for (const record of records) {
    if (datePrecision(record.date) === 'year') continue;
    const key = `${record.department} ${record.date}`;
    const mark = marks.get(key) ?? {
      department: record.department,
      date: record.date,
      records: [],
    };
    mark.records.push(record);
    marks.set(key, mark);
  }
  return [...marks.values()];
}

/** The departments that have a mark, in the given order: the rows of the chart. */
export function timelineRows(
  marks: readonly TimelineMark[],
  departmentOrder: readonly string[],
): string[] {
  const present = new Set(marks.map((mark) => mark.department));
  const known = departmentOrder.filter((id) => present.has(id));
  const unknown = [...present].filter((id) => !departmentOrder.includes(id));
  return [...known, ...unknown];
}

/** A mark as the chart draws it: diamonds for events, circles for figures, inferred dates marked. */
export type TimelinePointModel = TimelineMark & {
  /** The record a click opens: the first of the mark's records. */
  id: string;
  symbol: 'diamond' | 'circle';
  /** Some record's date is inferred (its year is not printed with it): the label says 推断. */
  inferred: boolean;
};

/** A mark's key on a slide, where labels carry it instead of text: ①…⑳, then (21), (22)… */
export function markKey(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`;
}

/** The points of the timeline, one per mark, with what the desk and the slide both show. */
export function timelinePoints(marks: readonly TimelineMark[]): TimelinePointModel[] {
  return marks.map((mark) => ({
    ...mark,
    id: mark.records[0]?.id ?? `${mark.department}-${mark.date}`,
    symbol: mark.records.some((record) => record.kind === 'event') ? 'diamond' : 'circle',
    inferred: mark.records.some((record) => record.record.dateBasis === 'inferred'),
  }));
}
