import { useMemo } from 'react';
import { textTooltip } from '../../charts/text-tooltip.ts';
import { buildTimelineOption, type TimelinePoint } from '../../charts/builders/timeline.ts';
import type { ChartEventHandler } from '../../charts/chart.tsx';
import { ChartPanel } from '../../charts/chart-panel.tsx';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { formatIsoDate } from '../../domain/format-date.ts';
import type { AppLocation } from '../../domain/url-state.ts';
import { PanelBoundary } from '../../ui/error-boundary.tsx';
import { FigureDate } from '../../ui/figure-date.tsx';
import { useLocale, useT } from '../../ui/locale.tsx';
import { SourceLink } from '../../ui/source-link.tsx';
import { recordTitle } from '../../domain/record-text.ts';
import type { DatedRecord, TimelineMark } from '../../domain/timeline-model.ts';

export type TimelineChartProps = {
  marks: readonly TimelineMark[];
  /** Department ids, one row each, top to bottom. */
  rows: readonly string[];
  index: DatasetIndex;
  location: AppLocation;
  navigate: (location: AppLocation) => void;
};

const ROW_HEIGHT = 104;

/** The records a time axis can place, one row per department; a click opens the source. */
function TimelineChartBody({ marks, rows, index, location, navigate }: TimelineChartProps) {
  const t = useT();
  const locale = useLocale();

  const option = useMemo(() => {
    const dateText = (record: DatedRecord) =>
      formatIsoDate(record.date, locale) +
      (record.record.dateBasis === 'inferred' ? t('figure.inferredMark') : '');
    const points: TimelinePoint[] = marks.map((mark) => {
      const [first] = mark.records;
      const firstTitle = first ? recordTitle(first, locale) : '';
      const count = mark.records.length;
      return {
        id: first?.id ?? `${mark.department}-${mark.date}`,
        date: mark.date,
        row: index.departmentName(mark.department, locale),
        label: firstTitle,
        ...(count > 1 ? { note: t('timeline.moreRecords', { count }) } : {}),
        symbol: mark.records.some((r) => r.kind === 'event') ? 'diamond' : 'circle',
        tooltipLines: mark.records.flatMap((record, at) => [
          ...(at > 0 ? [''] : []),
          `${dateText(record)} · ${index.departmentName(record.department, locale)}`,
          t('format.labelled', {
            label: t(record.kind === 'event' ? 'timeline.event' : 'timeline.figure'),
            value: recordTitle(record, locale),
          }),
          t('format.quote', { quote: record.record.quote }),
        ]),
      };
    });
    return buildTimelineOption(points, {
      rows: rows.map((id) => index.departmentName(id, locale)),
      formatDate: (date) => formatIsoDate(date, locale),
      renderTooltip: textTooltip,
    });
  }, [index, locale, marks, rows, t]);

  const onEvents = useMemo<Record<string, ChartEventHandler>>(
    () => ({
      click: (params) => {
        const id = (params as { data?: { id?: string } }).data?.id;
        if (id) navigate({ ...location, route: { view: 'sources', focus: id } });
      },
    }),
    [location, navigate],
  );

  const records = marks.flatMap((mark) => mark.records);
  const description = records
    .map(
      (record) =>
        `${formatIsoDate(record.date, locale)} ${index.departmentName(record.department, locale)} ${recordTitle(record, locale)}`,
    )
    .join(t('format.listSeparator'));

  return (
    <ChartPanel
      title={t('timeline.chart')}
      description={description}
      option={option}
      height={`${rows.length * ROW_HEIGHT + 40}px`}
      fileName="timeline"
      onEvents={onEvents}
      notes={t('timeline.chartNote')}
      table={{
        columns: [t('table.date'), t('table.department'), t('timeline.record'), t('table.quote')],
        rows: records.map((record) => ({
          key: record.id,
          cells: [
            <FigureDate key="d" record={record.record} />,
            index.departmentName(record.department, locale),
            recordTitle(record, locale),
            <span key="q">
              <q>{record.record.quote}</q>{' '}
              <SourceLink recordId={record.id} recordName={recordTitle(record, locale)} />
            </span>,
          ],
        })),
      }}
    />
  );
}

/** The panel inside its own error boundary: if it cannot be drawn, the rest of the page still is. */
export function TimelineChart(props: TimelineChartProps) {
  return (
    <PanelBoundary>
      <TimelineChartBody {...props} />
    </PanelBoundary>
  );
}
