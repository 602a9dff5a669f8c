import { useMemo } from 'react';
import { textTooltip } from '../../../charts/text-tooltip.ts';
import { buildTimelineOption, type TimelinePoint } from '../../../charts/builders/timeline.ts';
import { ChartPanel } from '../../../charts/chart-panel.tsx';
import { filterDataset } from '../../../domain/filter-dataset.ts';
import { formatIsoDate } from '../../../domain/format-date.ts';
import { recordTitle } from '../../../domain/record-text.ts';
import {
  chronologicalRecords,
  timelineMarks,
  timelineRows,
} from '../../../domain/timeline-model.ts';
import { useLocale, useT } from '../../../ui/locale.tsx';
import { designPx, type SlideProps } from './slide-props.ts';
import styles from './slides.module.css';

const ROW_PX = 132;

const MAX_LISTED = 6;

/**
 * The dated events and figures on a time axis, one row per department, and under it what each
 * mark stands for in the report's words. Records dated only to a year are counted, not placed.
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

  const option = useMemo(() => {
    const points: TimelinePoint[] = marks.map((mark) => {
      const [first] = mark.records;
      return {
        id: first?.id ?? `${mark.department}-${mark.date}`,
        date: mark.date,
        row: index.departmentName(mark.department, locale),
        label: first ? recordTitle(first, locale) : '',
        ...(mark.records.length > 1
          ? { note: t('timeline.moreRecords', { count: mark.records.length }) }
          : {}),
        symbol: mark.records.some((r) => r.kind === 'event') ? 'diamond' : 'circle',
        tooltipLines: mark.records.flatMap((record) => [
          `${formatIsoDate(record.date, locale)} · ${index.departmentName(record.department, locale)}`,
          recordTitle(record, locale),
          t('format.quote', { quote: record.record.quote }),
        ]),
      };
    });
    return buildTimelineOption(points, {
      rows: rows.map((id) => index.departmentName(id, locale)),
      formatDate: (date) => formatIsoDate(date, locale),
      renderTooltip: textTooltip,
      fontSize,
      labelWidth: fontSize * 14,
    });
  }, [fontSize, index, locale, marks, rows, t]);

  const listed = marks.flatMap((mark) => mark.records).slice(0, MAX_LISTED);

  return (
    <div className={styles.timeline}>
      <div className={styles.frame}>
        <ChartPanel
          variant="slide"
          title={t('present.timelineTitle')}
          description={listed
            .map((record) => `${formatIsoDate(record.date, locale)} ${recordTitle(record, locale)}`)
            .join(t('format.listSeparator'))}
          option={option}
          height={designPx(Math.min(560, rows.length * ROW_PX + 60))}
          fileName="timeline"
          notes={yearOnly > 0 ? t('present.yearOnlyNote', { count: yearOnly }) : undefined}
          table={{ columns: [], rows: [] }}
        />
      </div>
      <ol className={styles.timelineList}>
        {listed.map((record) => (
          <li key={record.id}>
            <span className={styles.noteDate}>{formatIsoDate(record.date, locale)}</span>
            <strong>
              {index.departmentName(record.department, locale)} · {recordTitle(record, locale)}
            </strong>
            <q className={styles.noteQuote}>{record.record.quote}</q>
          </li>
        ))}
      </ol>
    </div>
  );
}
