import { EmptyState } from '../../ui/empty-state.tsx';
import { useT } from '../../ui/locale-context.tsx';
import type { ViewProps } from '../../ui/view-props.ts';
import { useCallback, useMemo } from 'react';
import { TimelinePanel } from '../../charts/timeline-panel.tsx';
import { TimelineList } from './timeline-list.tsx';
import {
  chronologicalRecords,
  groupByYear,
  timelineMarks,
  timelineRows,
} from '../../domain/timeline-model.ts';
import styles from './timeline-view.module.css';

/** Dated events and figures under the URL filters: on a time axis, then as a list by year. */
export function TimelineView({ dataset, index, filtered, location, navigate }: ViewProps) {
  const t = useT();
  const departmentOrder = useMemo(() => dataset.departments.map((d) => d.id), [dataset]);
  const records = useMemo(
    () => chronologicalRecords(filtered.events, filtered.figures, departmentOrder),
    [departmentOrder, filtered.events, filtered.figures],
  );
  const marks = useMemo(() => timelineMarks(records), [records]);
  const rows = useMemo(() => timelineRows(marks, departmentOrder), [marks, departmentOrder]);
  const groups = useMemo(() => groupByYear(records), [records]);
  const openSource = useCallback(
    (id: string) => navigate({ ...location, route: { view: 'sources', focus: id } }),
    [location, navigate],
  );
  const events = records.filter((record) => record.kind === 'event').length;

  return (
    <section aria-labelledby="timeline-title" className={styles.view}>
      <header>
        <h1 id="timeline-title" className={styles.title}>
          {t('timeline.title')}
        </h1>
        {records.length > 0 && (
          <p className={styles.summary}>
            {t('timeline.summary', {
              count: records.length,
              events,
              figures: records.length - events,
            })}
          </p>
        )}
      </header>
      {records.length === 0 ? (
        <EmptyState />
      ) : (
        <>
          {marks.length > 0 ? (
            <TimelinePanel
              marks={marks}
              rows={rows}
              index={index}
              onSelect={openSource}
              notes={t('timeline.chartNote')}
            />
          ) : (
            <p className={styles.notice} role="note">
              {t('timeline.noChartable')}
            </p>
          )}
          <TimelineList groups={groups} index={index} />
        </>
      )}
    </section>
  );
}
