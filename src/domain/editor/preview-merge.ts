import type { Dataset } from '../dataset-schema.ts';
import type { ServedDraft } from './serve-draft.ts';

/**
 * The published dataset with a served draft in it: an article of the same id, and its figures,
 * events and lists, are replaced; the others stay as they are.
 */
export function mergeDraft(dataset: Dataset, draft: ServedDraft): Dataset {
  const ids = new Set(draft.articles.map((a) => a.id));
  const other = <T extends { article: string }>(records: readonly T[]) =>
    records.filter((record) => !ids.has(record.article));
  return {
    ...dataset,
    articles: [...dataset.articles.filter((a) => !ids.has(a.id)), ...draft.articles],
    figures: [...other(dataset.figures), ...draft.figures],
    events: [...other(dataset.events), ...draft.events],
    lists: [...other(dataset.lists), ...draft.lists],
  };
}
