import type { ArticleFile, Dataset } from '../dataset-schema.ts';
import { toServedDataset } from '../served-dataset.ts';

/** A draft article as publishing would serve it: its metadata and text, and its records. */
export type ServedDraft = Pick<Dataset, 'articles' | 'figures' | 'events' | 'lists'>;

/** Lays a draft article out as the build does (src/domain/served-dataset.ts). */
export function serveDraft(
  article: ArticleFile,
  text: string,
  shared: Pick<Dataset, 'departments' | 'vocabulary'>,
): ServedDraft {
  const { articles, figures, events, lists } = toServedDataset({
    departments: { content: { departments: shared.departments } },
    vocabulary: { content: shared.vocabulary },
    articles: [{ content: article, text }],
  });
  return { articles, figures, events, lists };
}
