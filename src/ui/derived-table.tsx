import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { DerivedFigure } from '../domain/derived.ts';
import { figureValueText } from '../domain/figure-text.ts';
import { unitLabel } from '../domain/labels.ts';
import { localeTag } from '../domain/locale.ts';
import { useLocale, useT } from './locale-context.tsx';

export type DerivedTableProps = {
  derived: readonly DerivedFigure[];
  index: DatasetIndex;
  caption: string;
};

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
                  numerator: figureValueText(d.numerator, locale),
                  denominator: figureValueText(d.denominator, locale),
                  value: `${d.value.toLocaleString(localeTag(locale), {
                    maximumFractionDigits: 1,
                  })} ${unitLabel(d.numerator.unit, locale)}/${unitLabel(d.denominator.unit, locale)}`,
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
