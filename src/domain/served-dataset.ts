import type { ArticleInput } from './dataset-check.ts';
import {
  DATASET_SCHEMA_VERSION,
  type ArticleFile,
  type Dataset,
  type DepartmentsFile,
} from './dataset-schema.ts';
import { printedValue } from './printed-value.ts';
import type { Vocabulary } from './vocabulary-schema.ts';

/**
 * The editor's files as the app fetches them: the build, the dev server and the workbench's
 * preview all lay them out here, so a previewed draft is exactly what publishing would serve.
 */
export type ServedFiles = {
  departments: { content: DepartmentsFile };
  vocabulary: { content: Vocabulary };
  articles: Array<Pick<ArticleInput, 'text'> & { content: ArticleFile }>;
};

/** Lays the editor's files out as the dataset the app fetches. */
export function toServedDataset(files: ServedFiles): Dataset {
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    title: { zh: '聊城新闻数据看板', en: 'Liaocheng News Figures' },
    vocabulary: files.vocabulary.content,
    departments: files.departments.content.departments,
    articles: files.articles.map(({ content, text }) => {
      const {
        $schema: _schema,
        figures: _f,
        events: _e,
        lists: _l,
        ignoredNumerals: _i,
        ...meta
      } = content;
      return { ...meta, text };
    }),
    figures: files.articles.flatMap(({ content }) =>
      content.figures.map((figure) => {
        const printed = printedValue(figure);
        return { ...figure, article: content.id, ...(printed ? { printed } : {}) };
      }),
    ),
    events: files.articles.flatMap(({ content }) =>
      content.events.map((event) => ({ ...event, article: content.id })),
    ),
    lists: files.articles.flatMap(({ content }) =>
      content.lists.map((list) => ({ ...list, article: content.id })),
    ),
  };
}
