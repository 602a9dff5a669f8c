import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { Figure } from '../domain/dataset-schema.ts';
import { toCsv } from '../domain/csv.ts';
import { figureValueText } from '../domain/figure-text.ts';
import { dateBasisLabels, qualifierLabels } from '../domain/labels.ts';
import type { Locale } from '../domain/locale.ts';
import { articleTitle } from '../ui/article-title.ts';
import { translate } from '../ui/messages.ts';

/**
 * The figures under the current filter as CSV, headers and labels in the interface language.
 * A date keeps what the app shows with it: whether it is printed or inferred, and why; a range
 * keeps both its ends.
 */
export function figuresCsv(
  figures: readonly Figure[],
  index: DatasetIndex,
  locale: Locale,
): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return toCsv(
    [
      t('table.id'),
      t('table.department'),
      t('table.metric'),
      t('table.value'),
      t('table.exactValue'),
      t('table.valueMax'),
      t('table.unit'),
      t('table.qualifier'),
      t('table.date'),
      t('table.dateBasis'),
      t('table.dateNote'),
      t('table.category'),
      t('table.article'),
      t('table.quote'),
    ],
    figures.map((figure) => {
      const article = index.article(figure.article);
      return [
        figure.id,
        index.departmentName(figure.department, locale, 'full'),
        figure.metric[locale],
        figureValueText(figure, locale, index),
        figure.value,
        // A range is two numbers: the column above holds its lower end.
        figure.valueMax ?? '',
        figure.unit,
        qualifierLabels[figure.qualifier][locale],
        figure.date,
        dateBasisLabels[figure.dateBasis][locale],
        figure.dateNote ?? '',
        index.categoryName(figure.category, locale),
        article ? articleTitle(article, locale) : figure.article,
        figure.quote,
      ];
    }),
  );
}
