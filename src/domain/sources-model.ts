import type { Article, Dataset, DatedEvent, Figure, NamedList } from './dataset-schema.ts';
import type { FilteredDataset } from './filter-dataset.ts';
import type { Filters } from './url-state.ts';

type ListItem = NamedList['items'][number];

/**
 * A highlightable record of an article. List items have no id of their own, so each gets a `key`
 * (`<list id>/<index>`); `recordId` is the id a "来源" link names.
 */
export type SourceRecord =
  | { kind: 'figure'; key: string; recordId: string; article: string; figure: Figure }
  | { kind: 'event'; key: string; recordId: string; article: string; event: DatedEvent }
  | {
      kind: 'list-item';
      key: string;
      recordId: string;
      article: string;
      list: NamedList;
      item: ListItem;
    };

export const listItemKey = (listId: string, index: number) => `${listId}/${index}`;

/** The quote a record highlights. */
export function quoteOf(record: SourceRecord): string {
  switch (record.kind) {
    case 'figure':
      return record.figure.quote;
    case 'event':
      return record.event.quote;
    case 'list-item':
      return record.item.quote;
  }
}

/** The department a record belongs to. */
export function departmentOf(record: SourceRecord): string {
  switch (record.kind) {
    case 'figure':
      return record.figure.department;
    case 'event':
      return record.event.department;
    case 'list-item':
      return record.list.department;
  }
}

/** Every figure, event and list item of the given records, as highlightable records. */
export function sourceRecords(records: FilteredDataset): SourceRecord[] {
  return [
    ...records.figures.map((figure) => ({
      kind: 'figure' as const,
      key: figure.id,
      recordId: figure.id,
      article: figure.article,
      figure,
    })),
    ...records.events.map((event) => ({
      kind: 'event' as const,
      key: event.id,
      recordId: event.id,
      article: event.article,
      event,
    })),
    ...records.lists.flatMap((list) =>
      list.items.map((item, index) => ({
        kind: 'list-item' as const,
        key: listItemKey(list.id, index),
        recordId: list.id,
        article: list.article,
        list,
        item,
      })),
    ),
  ];
}

/** What `?focus=` points at. */
export type Focus =
  | { kind: 'none' }
  | { kind: 'unknown'; id: string }
  | { kind: 'article'; id: string; article: Article }
  | {
      kind: 'record';
      id: string;
      article: Article;
      /** The highlight keys of the record: one, or every item of a list. */
      keys: string[];
      /** The record as the dataset holds it. */
      record: FilteredDataset;
    };

/** Resolves a focus id to a figure, event or list (record ids first), or else an article. */
export function resolveFocus(dataset: Dataset, id: string | null): Focus {
  if (!id) return { kind: 'none' };
  const figure = dataset.figures.find((f) => f.id === id);
  const event = dataset.events.find((e) => e.id === id);
  const list = dataset.lists.find((l) => l.id === id);
  const record = figure ?? event ?? list;
  const article = dataset.articles.find((a) => a.id === (record ? record.article : id));
  if (!article) return { kind: 'unknown', id };
  if (!record) return { kind: 'article', id, article };
  return {
    kind: 'record',
    id,
    article,
    keys: list ? list.items.map((_, index) => listItemKey(list.id, index)) : [id],
    record: {
      figures: figure ? [figure] : [],
      events: event && !figure ? [event] : [],
      lists: list && !figure && !event ? [list] : [],
    },
  };
}

/**
 * The records to highlight: those that pass the filters, plus the focused one, so that a link to
 * a quote always lands on it even when the filters would hide it.
 */
export function recordsToShow(filtered: FilteredDataset, focus: Focus): FilteredDataset {
  if (focus.kind !== 'record') return filtered;
  const add = <T extends { id: string }>(shown: T[], extra: readonly T[]) => {
    const missing = extra.filter((record) => !shown.some((s) => s.id === record.id));
    return missing.length > 0 ? [...shown, ...missing] : shown;
  };
  return {
    figures: add(filtered.figures, focus.record.figures),
    events: add(filtered.events, focus.record.events),
    lists: add(filtered.lists, focus.record.lists),
  };
}

/** Whether the department filter keeps an article: it must be about one of the departments. */
export function articlePassesFilter(article: Article, filters: Filters): boolean {
  return (
    filters.departments.length === 0 ||
    article.departments.some((department) => filters.departments.includes(department))
  );
}

/** The articles to show, in dataset order: those the department filter keeps, and the focused one. */
export function articlesToShow(dataset: Dataset, filters: Filters, focus: Focus): Article[] {
  const focused = focus.kind === 'article' || focus.kind === 'record' ? focus.article.id : null;
  return dataset.articles.filter(
    (article) => article.id === focused || articlePassesFilter(article, filters),
  );
}

/** Whether the focused record or article is one the filters would have hidden. */
export function focusOutsideFilter(
  focus: Focus,
  filtered: FilteredDataset,
  filters: Filters,
): boolean {
  if (focus.kind === 'article') return !articlePassesFilter(focus.article, filters);
  if (focus.kind !== 'record') return false;
  const inFiltered =
    filtered.figures.some((f) => f.id === focus.id) ||
    filtered.events.some((e) => e.id === focus.id) ||
    filtered.lists.some((l) => l.id === focus.id);
  return !inFiltered;
}
