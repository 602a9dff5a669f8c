import { useId, useRef, useState, type ReactNode } from 'react';
import { exportFileName } from '../domain/export-names.ts';
import { ErrorBoundary, PanelFailed } from '../ui/error-boundary.tsx';
import { useExportInfo } from '../ui/export-context.tsx';
import { useT } from '../ui/locale-context.tsx';
import { Chart, type ChartEventHandler, type ChartHandle } from './chart.tsx';
import type { ChartOption } from './echarts.ts';
import { framePng } from './png-frame.ts';
import styles from './chart-panel.module.css';

export type DataTable = {
  columns: readonly string[];
  rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[] }>;
};

/** How a chart kind's panel is laid out: on the desk, or on a presentation slide. */
export type PanelLayoutProps = {
  /** `slide`: no controls or table; sizes come from the slide. */
  variant?: 'desk' | 'slide';
  /** Label size in CSS pixels; the presentation passes its scaled size. */
  fontSize?: number;
  /** CSS height of the chart; each panel has a default that fits its rows. */
  height?: string;
};

export type ChartPanelProps = {
  title: string;
  /** Read by screen readers in place of the picture; say what the chart shows. */
  description?: string;
  option: ChartOption;
  height: string;
  /** The same numbers as a table, one keystroke away. */
  table: DataTable;
  /** Names the picture when there is no export information (tests): `<fileName>.png`. */
  fileName: string;
  /** The articles the chart's numbers come from: the picture's source line names them. */
  articles?: readonly string[];
  onEvents?: Record<string, ChartEventHandler>;
  /** Explains marks (lower bounds, derived figures) under the chart. */
  notes?: ReactNode;
  /** Extra controls for the header, e.g. a log-scale switch. */
  actions?: ReactNode;
  /**
   * `slide`: on the presentation screen nobody clicks, so no controls and no table; sizes come
   * from the `--panel-*` custom properties the slide sets.
   */
  variant?: 'desk' | 'slide';
};

/** The page's colours and font, so the picture matches what is on screen. */
function pageColours() {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    background: getComputedStyle(document.body).backgroundColor,
    text: read('--color-text'),
    muted: read('--color-text-muted'),
    font: read('--font-sans'),
  };
}

function downloadDataUrl(dataUrl: string, fileName: string) {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  link.click();
}

/** A titled chart with its table alternative, its PNG export and its own error boundary. */
export function ChartPanel({
  title,
  description,
  option,
  height,
  table,
  fileName,
  articles = [],
  onEvents,
  notes,
  actions,
  variant = 'desk',
}: ChartPanelProps) {
  const t = useT();
  const titleId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const chart = useRef<ChartHandle>(null);

  const info = useExportInfo();
  const [exportError, setExportError] = useState<string | null>(null);
  const exportPng = async () => {
    const colours = pageColours();
    const dataUrl = chart.current?.toPngDataUrl(colours.background, 2);
    const size = chart.current?.size();
    if (!dataUrl || !size) return;
    if (!info) {
      downloadDataUrl(dataUrl, `${fileName}.png`);
      return;
    }
    const sources = articles.map(info.articleTitle).join(t('format.listSeparator'));
    const footer = [
      info.appName,
      ...(sources ? [t('export.sourceArticles', { articles: sources })] : []),
      ...(info.asOf ? [info.asOf] : []),
    ].join(' · ');
    const framed = await framePng(
      dataUrl,
      size.width,
      size.height,
      { title, subtitle: info.filterText, footer },
      colours,
      2,
    );
    downloadDataUrl(
      framed,
      exportFileName([t('export.filePrefix'), title, ...info.filterParts], 'png'),
    );
  };

  return (
    <section className={styles.panel} aria-labelledby={titleId} data-variant={variant}>
      <header className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        {variant === 'desk' && (
          <div className={styles.actions}>
            {actions}
            <button
              type="button"
              className={styles.button}
              aria-pressed={showTable}
              aria-controls={tableId}
              onClick={() => setShowTable((shown) => !shown)}
            >
              {t('panel.table')}
            </button>
            <button
              type="button"
              className={styles.button}
              onClick={() => {
                setExportError(null);
                exportPng().catch((error: unknown) =>
                  setExportError(error instanceof Error ? error.message : String(error)),
                );
              }}
            >
              {t('panel.downloadPng')}
            </button>
          </div>
        )}
      </header>
      <ErrorBoundary fallback={(error) => <PanelFailed error={error} className={styles.error} />}>
        <Chart
          label={title}
          description={`${description ?? title} ${t('panel.keyboardHint')}`}
          option={option}
          height={height}
          {...(onEvents ? { onEvents } : {})}
          ref={chart}
          onActivate={() => setShowTable((shown) => !shown)}
        />
      </ErrorBoundary>
      {exportError !== null && (
        <p role="alert" className={styles.error}>
          {t('panel.pngFailed', { detail: exportError })}
        </p>
      )}
      {notes && <div className={styles.notes}>{notes}</div>}
      {variant === 'desk' && (
        <div id={tableId} hidden={!showTable} className={styles.tableWrap}>
          {showTable && (
            <table className={styles.table}>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.key}>
                    {row.cells.map((cell, index) => (
                      <td key={index}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
