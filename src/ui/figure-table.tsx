import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { Figure } from '../domain/dataset-schema.ts';
import { FigureDate } from './figure-date.tsx';
import { FigureValue } from './figure-value.tsx';
import { useLocale, useT } from './locale.tsx';
import { SourceLink } from './source-link.tsx';

export type FigureTableProps = {
  figures: readonly Figure[];
  index: DatasetIndex;
  caption: string;
  /** Leave the department column out where the page is about one department. */
  showDepartment?: boolean;
};

/** Every figure with its value, date, category and the source words that state it. */
export function FigureTable({ figures, index, caption, showDepartment = true }: FigureTableProps) {
  const locale = useLocale();
  const t = useT();
  return (
    <div className="table-scroll">
      <table className="figure-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {showDepartment && <th scope="col">{t('table.department')}</th>}
            <th scope="col">{t('table.metric')}</th>
            <th scope="col">{t('table.value')}</th>
            <th scope="col">{t('table.date')}</th>
            <th scope="col">{t('table.category')}</th>
            <th scope="col">{t('table.quote')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.id} id={`figure-${figure.id}`}>
              {showDepartment && <td>{index.departmentName(figure.department, locale)}</td>}
              <th scope="row">{figure.metric[locale]}</th>
              <td className="figure-table__value">
                <FigureValue figure={figure} index={index} />
              </td>
              <td>
                <FigureDate record={figure} />
              </td>
              <td>{index.categoryName(figure.category, locale)}</td>
              <td className="figure-table__quote">
                <q lang="zh-CN">{figure.quote}</q>{' '}
                <SourceLink recordId={figure.id} recordName={figure.metric[locale]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
