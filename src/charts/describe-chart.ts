import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { Figure } from '../domain/dataset-schema.ts';
import { figureValueText } from '../domain/figure-text.ts';
import type { Locale } from '../domain/locale.ts';
import { translate } from '../ui/messages.ts';
import { articleTitle } from '../ui/article-title.ts';

export type DescribedRow = { label: string; figures: readonly Figure[] };

/**
 * The text a screen reader reads for a chart: every value as printed, with its unit and its
 * qualifier (余 / "+"), row by row, then the articles the numbers come from.
 */
export function describeChart(
  rows: readonly DescribedRow[],
  index: DatasetIndex,
  locale: Locale,
): string {
  const separator = translate(locale, 'format.listSeparator');
  const values = rows
    .filter((row) => row.figures.length > 0)
    .map(
      (row) =>
        `${row.label} ${row.figures.map((figure) => figureValueText(figure, locale, index)).join(' ')}`,
    )
    .join(separator);
  const articleIds = [...new Set(rows.flatMap((row) => row.figures.map((f) => f.article)))];
  const sources = articleIds
    .flatMap((id) => {
      const article = index.article(id);
      return article ? [articleTitle(article, locale)] : [];
    })
    .join(separator);
  return `${values}${translate(locale, 'chart.sources', { sources })}`;
}
