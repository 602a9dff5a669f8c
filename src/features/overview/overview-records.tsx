import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { FilteredDataset } from '../../domain/filter-dataset.ts';
import { DepartmentSwatch } from '../../ui/department-swatch.tsx';
import { FigureDate } from '../../ui/figure-date.tsx';
import { useLocale, useT } from '../../ui/locale-context.tsx';
import { SourceLink } from '../../ui/source-link.tsx';
import styles from './overview-view.module.css';
import { QuoteWithSource } from '../../ui/quote-with-source.tsx';

export type OverviewRecordsProps = {
  records: Pick<FilteredDataset, 'events' | 'lists'>;
  index: DatasetIndex;
};

/**
 * What the filters leave when they leave no figure: the dated events and the named lists,
 * each with its source. A year with one event shows that event, not "nothing here".
 */
export function OverviewRecords({ records, index }: OverviewRecordsProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="overview-records-title" className={styles.records}>
      <h2 id="overview-records-title" className={styles.sectionTitle}>
        {t('overview.onlyRecords')}
      </h2>
      <ul>
        {records.events.map((event) => (
          <li key={event.id}>
            <FigureDate record={event} />{' '}
            <DepartmentSwatch index={index} departmentId={event.department} />{' '}
            <strong>{event.title[locale]}</strong>{' '}
            <QuoteWithSource
              quote={event.quote}
              recordId={event.id}
              recordName={event.title[locale]}
            />
          </li>
        ))}
        {records.lists.map((list) => (
          <li key={list.id}>
            <DepartmentSwatch index={index} departmentId={list.department} />{' '}
            <strong>
              {t('present.listItems', { name: list.name[locale], count: list.items.length })}
            </strong>{' '}
            <SourceLink recordId={list.id} recordName={list.name[locale]} />
          </li>
        ))}
      </ul>
    </section>
  );
}
