import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { Figure } from '../domain/dataset-schema.ts';
import { DepartmentSwatch } from './department-swatch.tsx';
import { FigureDate } from './figure-date.tsx';
import { FigureValue } from './figure-value.tsx';
import { useLocale, useT } from './locale-context.tsx';
import { QuoteWithSource } from './quote-with-source.tsx';

export type FigureTableProps = {
  figures: readonly Figure[];
  index: DatasetIndex;
  caption: string;
  /** Leave the department column out where the page is about one department. */
  showDepartment?: boolean;
};

/** The table's columns, in order; the department's is left out on a department's own page. */
const COLUMNS = [
  'table.department',
  'table.metric',
  'table.value',
  'table.date',
  'table.category',
  'table.quote',
] as const;

/** Every figure with its value, date, category and the source words that state it. */
export function FigureTable({ figures, index, caption, showDepartment = true }: FigureTableProps) {
  const locale = useLocale();
  const t = useT();
  return (
    <div className="table-scroll">
      {/*
        On a phone each row becomes a card with its labels (base.css), so no column squeezes; the
        roles keep it a table for screen readers that drop table semantics with display: block.
      */}
      <table className="figure-table" role="table">
        <caption>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {COLUMNS.filter((key) => showDepartment || key !== 'table.department').map((key) => (
              <th key={key} scope="col" role="columnheader">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {figures.map((figure) => (
            <tr key={figure.id} id={`figure-${figure.id}`} role="row">
              {showDepartment && (
                <td role="cell" data-label={t('table.department')}>
                  <DepartmentSwatch index={index} departmentId={figure.department} />
                </td>
              )}
              <th scope="row" role="rowheader">
                {figure.metric[locale]}
              </th>
              <td role="cell" className="figure-table__value" data-label={t('table.value')}>
                <FigureValue figure={figure} index={index} />
              </td>
              <td role="cell" data-label={t('table.date')}>
                <FigureDate record={figure} />
              </td>
              <td role="cell" data-label={t('table.category')}>
                {index.categoryName(figure.category, locale)}
              </td>
              <td role="cell" className="figure-table__quote" data-label={t('table.quote')}>
                <QuoteWithSource
                  quote={figure.quote}
                  recordId={figure.id}
                  recordName={figure.metric[locale]}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
