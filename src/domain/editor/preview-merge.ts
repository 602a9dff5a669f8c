import type { ArticleFile, Dataset } from '../dataset-schema.ts';
import { toServedDataset } from '../served-dataset.ts';

/**
 * The published dataset with a draft article in it, as publishing would serve it: an article of
 * the same id, and its figures, events and lists, are replaced; the others stay as they are.
 */
export function mergeDraft(dataset: Dataset, article: ArticleFile, text: string): Dataset {
  const served = toServedDataset({
    departments: { content: { departments: dataset.departments } },
    vocabulary: { content: dataset.vocabulary },
    articles: [{ content: article, text }],
  });
  const other = <T extends { article: string }>(records: readonly T[]) =>
    records.filter((record) => record.article !== article.id);
  return {
    ...dataset,
    articles: [...dataset.articles.filter((a) => a.id !== article.id), ...served.articles],
    figures: [...other(dataset.figures), ...served.figures],
    events: [...other(dataset.events), ...served.events],
    lists: [...other(dataset.lists), ...served.lists],
  };
}
