import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { DerivedFigure } from '../domain/derived.ts';
import { figureValueText } from '../domain/figure-text.ts';
import { localeTag, type Locale } from '../domain/locale.ts';
import { useLocale, useT } from './locale-context.tsx';

export type DerivedTableProps = {
  derived: readonly DerivedFigure[];
  index: DatasetIndex;
  caption: string;
};

const rounded = (value: number, locale: Locale) =>
  value.toLocaleString(localeTag(locale), { maximumFractionDigits: 1 });

/** Computed figures, each labelled 推算 with the formula that produced it. */
export function DerivedTable({ derived, index, caption }: DerivedTableProps) {
  const t = useT();
  const locale = useLocale();
  if (derived.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="figure-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.metric')}</th>
            <th scope="col">{t('table.value')}</th>
            <th scope="col">{t('table.qualifier')}</th>
          </tr>
        </thead>
        <tbody>
          {derived.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                {index.groupName(d.numerator)?.[locale] ?? d.group}
                <span className="derived-badge">{t('figure.derived')}</span>
              </th>
              <td>
                {t('department.derivedFormula', {
                  numerator: figureValueText(d.numerator, locale, index),
                  denominator: figureValueText(d.denominator, locale, index),
                  value: `${[d.value, d.valueMax]
                    .flatMap((v) => (v === undefined ? [] : [rounded(v, locale)]))
                    .join(
                      '–',
                    )} ${index.unitName(d.numerator.unit, locale)}/${index.unitName(d.denominator.unit, locale)}`,
                })}
              </td>
              <td>{t(`qualifier.${d.qualifier}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="table-note">{t('department.derivedNote')}</p>
    </div>
  );
}
