import { useId } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { FigureDate } from '../../ui/figure-date.tsx';
import { FigureValue } from '../../ui/figure-value.tsx';
import { useLocale, useT } from '../../ui/locale-context.tsx';
import { SourceLink } from '../../ui/source-link.tsx';
import type { DatedRecord, YearGroup } from '../../domain/timeline-model.ts';
import styles from './timeline-view.module.css';

type EntryProps = {
  record: DatedRecord;
  index: DatasetIndex;
  /** Year-only records share their group's date, so it goes small into the meta line. */
  compact?: boolean;
};

function Entry({ record, index, compact = false }: EntryProps) {
  const t = useT();
  const locale = useLocale();
  const name = record.kind === 'event' ? record.record.title[locale] : record.record.metric[locale];
  return (
    <li className={compact ? styles.compactEntry : styles.entry} data-kind={record.kind}>
      {!compact && (
        <div className={styles.when}>
          <FigureDate record={record.record} />
        </div>
      )}
      <div className={styles.what}>
        <p className={styles.meta}>
          <span className={styles.kind} data-kind={record.kind}>
            {t(record.kind === 'event' ? 'timeline.event' : 'timeline.figure')}
          </span>
          <span>{index.departmentName(record.department, locale)}</span>
          {compact && <FigureDate record={record.record} />}
        </p>
        <p className={styles.entryHead}>
          <span className={styles.name}>{name}</span>
          {record.kind === 'figure' && (
            <FigureValue figure={record.record} index={index} className={styles.value} />
          )}
        </p>
        <p className={styles.quote}>
          <q lang="zh-CN">{record.record.quote}</q>{' '}
          <SourceLink recordId={record.id} recordName={name} />
        </p>
      </div>
    </li>
  );
}

type YearSectionProps = { group: YearGroup; index: DatasetIndex };

function YearSection({ group, index }: YearSectionProps) {
  const t = useT();
  const headingId = useId();
  const yearOnlyId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.year}>
      <h3 id={headingId} className={styles.yearTitle}>
        {t('timeline.year', { year: group.year })}
      </h3>
      {group.dated.length > 0 && (
        <ol className={styles.entries}>
          {group.dated.map((record) => (
            <Entry key={record.id} record={record} index={index} />
          ))}
        </ol>
      )}
      {group.yearOnly.length > 0 && (
        <section aria-labelledby={yearOnlyId} className={styles.yearOnly}>
          <h4 id={yearOnlyId} className={styles.yearOnlyTitle}>
            {t('timeline.yearOnly', { year: group.year })}
            <span className={styles.count}>{group.yearOnly.length}</span>
          </h4>
          <p className={styles.hint}>{t('timeline.yearOnlyHint')}</p>
          <ul className={styles.compactEntries}>
            {group.yearOnly.map((record) => (
              <Entry key={record.id} record={record} index={index} compact />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

export type TimelineListProps = { groups: readonly YearGroup[]; index: DatasetIndex };

/** Every dated record, year by year; records known only by their year come after the year's dated ones. */
export function TimelineList({ groups, index }: TimelineListProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.list}>
      <h2 id={headingId} className={styles.sectionTitle}>
        {t('timeline.list')}
      </h2>
      {groups.map((group) => (
        <YearSection key={group.year} group={group} index={index} />
      ))}
    </section>
  );
}
