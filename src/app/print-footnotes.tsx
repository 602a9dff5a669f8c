import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { Figure } from '../domain/dataset-schema.ts';
import { figureValueText } from '../domain/figure-text.ts';
import { useLocale, useT } from '../ui/locale-context.tsx';
import { useMediaQuery } from '../ui/media-query.ts';
import { useEverythingRevealed } from '../ui/near-viewport.ts';

export type PrintFootnotesProps = { figures: readonly Figure[]; index: DatasetIndex };

/**
 * On paper there is no hover: every figure's source sentence is printed as a footnote. Rendered
 * only once printing is asked for (the print button, `beforeprint`, print media): at 31,000
 * figures the hidden list was the largest cost of every filter change (docs/PERFORMANCE.md).
 */
export function PrintFootnotes({ figures, index }: PrintFootnotesProps) {
  const printing = useMediaQuery('print');
  const printAsked = useEverythingRevealed();
  if (!printing && !printAsked) return null;
  return <Footnotes figures={figures} index={index} />;
}

function Footnotes({ figures, index }: PrintFootnotesProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="print-footnotes" aria-labelledby="print-footnotes-title">
      <h2 id="print-footnotes-title">{t('print.footnotes')}</h2>
      <ol>
        {figures.map((figure) => {
          const article = index.article(figure.article);
          return (
            <li key={figure.id}>
              {index.department(figure.department)?.shortName[locale]} · {figure.metric[locale]}{' '}
              {t('format.labelled', {
                label: figureValueText(figure, locale, index),
                value: t('format.quote', { quote: figure.quote }),
              })}
              {article?.headline
                ? t('format.withArticle', { headline: article.headline[locale] })
                : ''}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
