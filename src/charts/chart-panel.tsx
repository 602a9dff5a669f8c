import { useId, useRef, useState, type ReactNode } from 'react';
import { ErrorBoundary, PanelFailed } from '../ui/error-boundary.tsx';
import { useT } from '../ui/locale.tsx';
import { Chart, type ChartEventHandler, type ChartHandle } from './chart.tsx';
import type { ChartOption } from './echarts.ts';
import styles from './chart-panel.module.css';

export type DataTable = {
  columns: readonly string[];
  rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[] }>;
};

export type ChartPanelProps = {
  title: string;
  /** Read by screen readers in place of the picture; say what the chart shows. */
  description?: string;
  option: ChartOption;
  height: string;
  /** The same numbers as a table, one keystroke away. */
  table: DataTable;
  /** File name of the PNG export, without extension. */
  fileName: string;
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

  const exportPng = () => {
    const background = getComputedStyle(document.body).backgroundColor;
    const dataUrl = chart.current?.toPngDataUrl(background, 2);
    if (dataUrl) downloadDataUrl(dataUrl, `${fileName}.png`);
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
            <button type="button" className={styles.button} onClick={exportPng}>
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
