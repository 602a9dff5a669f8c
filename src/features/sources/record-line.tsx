import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { FigureDate } from '../../ui/figure-date.tsx';
import { FigureValue } from '../../ui/figure-value.tsx';
import { useLocale, useT } from '../../ui/locale-context.tsx';
import { departmentOf, type SourceRecord } from '../../domain/sources-model.ts';
import styles from './sources-view.module.css';

export type RecordLineProps = { record: SourceRecord; index: DatasetIndex };

/** One record as the popover of a highlight states it: kind, department, date, name and value. */
export function RecordLine({ record, index }: RecordLineProps) {
  const t = useT();
  const locale = useLocale();
  const department = departmentOf(record);
  const kind =
    record.kind === 'figure'
      ? t('timeline.figure')
      : record.kind === 'event'
        ? t('timeline.event')
        : t('sources.kindList');
  return (
    <div className={styles.recordLine}>
      <p className={styles.recordMeta}>
        <span className={styles.kind} data-kind={record.kind}>
          {kind}
        </span>
        <span>{index.departmentName(department, locale)}</span>
        {record.kind === 'figure' && <FigureDate record={record.figure} />}
        {record.kind === 'event' && <FigureDate record={record.event} />}
      </p>
      <p className={styles.recordName}>
        {record.kind === 'figure' && (
          <>
            {record.figure.metric[locale]}{' '}
            <FigureValue figure={record.figure} index={index} className={styles.recordValue} />
          </>
        )}
        {record.kind === 'event' && record.event.title[locale]}
        {record.kind === 'list-item' &&
          t('sources.listItem', {
            list: record.list.name[locale],
            item: record.item.name[locale],
          })}
      </p>
    </div>
  );
}
