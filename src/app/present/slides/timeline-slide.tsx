import { useMemo } from 'react';
import { TimelinePanel } from '../../../charts/timeline-panel.tsx';
import { filterDataset } from '../../../domain/filter-dataset.ts';
import { formatIsoDate } from '../../../domain/format-date.ts';
import { recordTitle } from '../../../domain/record-text.ts';
import {
  chronologicalRecords,
  timelineMarks,
  markKey,
  timelineRows,
} from '../../../domain/timeline-model.ts';
import { useLocale, useT } from '../../../ui/locale-context.tsx';
import type { SlideProps } from './slide-props.ts';
import styles from './slides.module.css';

/** Marks listed under the chart: two columns of four, each with room for three lines. */
const MAX_LISTED = 8;

/**
 * The dated events and figures on a time axis (the desk's timeline panel, in its slide variant),
 * and under it what each mark stands for in the report's words. Records dated only to a year
 * are counted, not placed.
 */
export function TimelineSlide({ slide, dataset, index, fontSize }: SlideProps<'timeline'>) {
  const t = useT();
  const locale = useLocale();
  const departmentOrder = useMemo(() => dataset.departments.map((d) => d.id), [dataset]);
  const { marks, rows, yearOnly } = useMemo(() => {
    const filtered = filterDataset(dataset, slide.filters);
    const records = chronologicalRecords(filtered.events, filtered.figures, departmentOrder);
    const marks = timelineMarks(records);
    return {
      marks,
      rows: timelineRows(marks, departmentOrder),
      yearOnly: records.filter((record) => record.date.length === 4).length,
    };
  }, [dataset, departmentOrder, slide.filters]);

  const records = marks.flatMap((mark) => mark.records);
  const listed = marks.slice(0, MAX_LISTED);
  const listedRecords = listed.reduce((sum, mark) => sum + mark.records.length, 0);

  return (
    <div className={styles.timeline}>
      <div className={styles.frame}>
        <TimelinePanel
          variant="slide"
          marks={marks}
          rows={rows}
          index={index}
          fontSize={fontSize}
          keyed={MAX_LISTED}
          height="100%"
          {...(yearOnly > 0 ? { notes: t('present.yearOnlyNote', { count: yearOnly }) } : {})}
        />
      </div>
      <ol className={styles.timelineList}>
        {listed.map((mark, at) => {
          const date = formatIsoDate(mark.date, locale);
          const what = `${index.departmentName(mark.department, locale)} · ${mark.records
            .map((record) => recordTitle(record, locale, index))
            .join(t('format.listSeparator'))}`;
          const quote = mark.records[0]?.record.quote ?? '';
          // Three lines each; the whole entry is its tooltip.
          return (
            <li
              key={`${mark.department}-${mark.date}`}
              data-clamped
              title={`${markKey(at + 1)} ${date} ${what}\n${quote}`}
            >
              <span className={styles.markKey}>{markKey(at + 1)}</span>
              <span className={styles.noteDate}>{date}</span>
              <strong>{what}</strong>
              <q className={styles.noteQuote} lang="zh-CN">
                {quote}
              </q>
            </li>
          );
        })}
      </ol>
      {records.length > listedRecords && (
        <p className={styles.more}>
          {t('present.moreRecords', { count: records.length - listedRecords })}
        </p>
      )}
    </div>
  );
}
