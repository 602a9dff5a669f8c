import { useMemo } from 'react';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { formatIsoDate } from '../domain/format-date.ts';
import { recordTitle } from '../domain/record-text.ts';
import {
  markKey,
  timelinePoints,
  type DatedRecord,
  type TimelineMark,
} from '../domain/timeline-model.ts';
import { PanelBoundary } from '../ui/error-boundary.tsx';
import { DepartmentSwatch } from '../ui/department-swatch.tsx';
import { FigureDate } from '../ui/figure-date.tsx';
import { useLocale, useT } from '../ui/locale-context.tsx';
import { buildTimelineOption, type TimelinePoint } from './builders/timeline.ts';
import type { ChartEventHandler } from './chart.tsx';
import { useChartColours } from './chart-colours.ts';
import { ChartPanel, type PanelLayoutProps } from './chart-panel.tsx';
import { textTooltip } from './text-tooltip.ts';
import { QuoteWithSource } from '../ui/quote-with-source.tsx';

export type TimelinePanelProps = PanelLayoutProps & {
  marks: readonly TimelineMark[];
  /** Department ids, one row each, top to bottom. */
  rows: readonly string[];
  index: DatasetIndex;
  /** A click on a point: the id of its (first) record. */
  onSelect?: (recordId: string) => void;
  /** Labels longer than this many pixels are cut; the tooltip and the table hold them whole. */
  labelWidth?: number;
  /**
   * How many of the first points are labelled with their key and date only (① 2023年10月16日):
   * the slide lists what each stands for under the chart, whole, since nobody can hover a wall
   * screen. Points past them (not in the list) carry their date alone.
   */
  keyed?: number;
  notes?: string;
};

const ROW_HEIGHT = 104;

/** The records a time axis can place, one row per department in its colour. */
function TimelinePanelBody({
  marks,
  rows,
  index,
  onSelect,
  variant = 'desk',
  fontSize,
  height,
  labelWidth,
  keyed,
  notes,
}: TimelinePanelProps) {
  const t = useT();
  const locale = useLocale();
  const colours = useChartColours();

  const option = useMemo(() => {
    const dateText = (date: string, inferred: boolean) =>
      formatIsoDate(date, locale) + (inferred ? t('figure.inferredMark') : '');
    const points: TimelinePoint[] = timelinePoints(marks).map((point, at) => {
      const [first] = point.records;
      const count = point.records.length;
      const date = dateText(point.date, point.inferred);
      return {
        id: point.id,
        date: point.date,
        dateText: keyed !== undefined && at < keyed ? `${markKey(at + 1)} ${date}` : date,
        row: index.departmentName(point.department, locale),
        label: keyed !== undefined ? '' : first ? recordTitle(first, locale, index) : '',
        // A keyed point's records are all in the list it is keyed to.
        ...(count > 1 && keyed === undefined ? { note: t('timeline.moreRecords', { count }) } : {}),
        symbol: point.symbol,
        tooltipLines: point.records.flatMap((record, at) => [
          ...(at > 0 ? [''] : []),
          `${dateText(record.date, record.record.dateBasis === 'inferred')} · ${index.departmentName(record.department, locale)}`,
          t('format.labelled', {
            label: t(record.kind === 'event' ? 'timeline.event' : 'timeline.figure'),
            value: recordTitle(record, locale, index),
          }),
          t('format.quote', { quote: record.record.quote }),
        ]),
      };
    });
    return buildTimelineOption(points, {
      rows: rows.map((id) => ({
        name: index.departmentName(id, locale),
        colour: colours.department(index.departmentSlot(id)),
      })),
      formatDate: (date) => formatIsoDate(date, locale),
      renderTooltip: textTooltip,
      ...(fontSize ? { fontSize } : {}),
      ...(labelWidth ? { labelWidth } : {}),
    });
  }, [colours, fontSize, index, keyed, labelWidth, locale, marks, rows, t]);

  const onEvents = useMemo<Record<string, ChartEventHandler> | undefined>(() => {
    if (!onSelect) return undefined;
    return {
      click: (params) => {
        const id = (params as { data?: { id?: string } }).data?.id;
        if (id) onSelect(id);
      },
    };
  }, [onSelect]);

  const records: DatedRecord[] = marks.flatMap((mark) => mark.records);
  const description = records
    .map(
      (record) =>
        `${formatIsoDate(record.date, locale)} ${index.departmentName(record.department, locale)} ${recordTitle(record, locale, index)}`,
    )
    .join(t('format.listSeparator'));

  return (
    <ChartPanel
      variant={variant}
      title={t('timeline.chart')}
      description={description}
      option={option}
      height={height ?? `${rows.length * ROW_HEIGHT + 40}px`}
      fileName="timeline"
      articles={[...new Set(records.map((record) => record.record.article))]}
      {...(onEvents ? { onEvents } : {})}
      notes={
        notes || (onSelect && variant === 'desk') ? (
          <>
            {notes && <p>{notes}</p>}
            {/* Paper has no clicks: the hint is for the screen only. */}
            {onSelect && variant === 'desk' && <p data-print="hide">{t('timeline.clickHint')}</p>}
          </>
        ) : undefined
      }
      table={{
        columns: [t('table.date'), t('table.department'), t('timeline.record'), t('table.quote')],
        rows: records.map((record) => ({
          key: record.id,
          cells: [
            <FigureDate key="d" record={record.record} />,
            <DepartmentSwatch key="s" index={index} departmentId={record.department} />,
            recordTitle(record, locale, index),
            <QuoteWithSource
              key="q"
              quote={record.record.quote}
              recordId={record.id}
              recordName={recordTitle(record, locale, index)}
            />,
          ],
        })),
      }}
    />
  );
}

/** The panel inside its own error boundary: if it cannot be drawn, the rest of the page still is. */
export function TimelinePanel(props: TimelinePanelProps) {
  return (
    <PanelBoundary>
      <TimelinePanelBody {...props} />
    </PanelBoundary>
  );
}
