import { useClearPreview } from '../data/preview-dataset.ts';
import type { LoadedDataset } from '../data/read-dataset.ts';
import { withoutDataParam } from '../domain/data-source.ts';
import type { QuarantinedRecord } from '../domain/quarantine.ts';
import { formatClockTime } from '../domain/present-text.ts';
import { useT } from '../ui/locale-context.tsx';
import { describeDatasetError, IssueList } from './dataset-gate-error.tsx';
import styles from './dataset-gate.module.css';

/** Enough to find the pattern; a file with 30,000 bad records must not render 30,000 rows. */
export const MAX_LISTED_ISSUES = 200;

/** The last refresh failed: the data on screen is from `since` (ms), the failure is `error`. */
export type Staleness = { since: number; error: Error };

/** What the gate knows about the data on screen, for the notices above it. */
export type DataNotices = {
  loaded: LoadedDataset;
  /** The local file shown instead of the published data, if any. */
  preview: string | null;
  /** False when `?data=` names another dataset. */
  published: boolean;
  stale: Staleness | null;
};

function QuarantineBanner({ records }: { records: QuarantinedRecord[] }) {
  const t = useT();
  const rows = records.flatMap((record) => record.issues.map((issue) => ({ record, issue })));
  const listed = rows.slice(0, MAX_LISTED_ISSUES);
  return (
    <details className={styles.notice} data-tone="warning">
      <summary>{t('quarantine.summary', { count: records.length })}</summary>
      <p>{t('quarantine.intro')}</p>
      <div className={styles.tableScroll}>
        <table className={styles.quarantine}>
          <caption className="visually-hidden">{t('quarantine.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('quarantine.record')}</th>
              <th scope="col">{t('quarantine.path')}</th>
              <th scope="col">{t('quarantine.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {listed.map(({ record, issue }, at) => (
              <tr key={at}>
                <td>
                  <code>{record.recordId ?? t('quarantine.noId')}</code>
                </td>
                <td>
                  <code>{issue.path}</code>
                </td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > listed.length && (
        <p>{t('quarantine.more', { count: rows.length - listed.length })}</p>
      )}
    </details>
  );
}

/** "数据未更新 (hh:mm)": the time of the last good data, and why the refresh failed on hover. */
export function StaleMarker({ stale, className }: { stale: Staleness; className?: string }) {
  const t = useT();
  const time = formatClockTime(new Date(stale.since));
  const reason = describeDatasetError(stale.error, t).message;
  return (
    <p
      className={className ?? styles.stale}
      role="status"
      title={t('stale.detail', { time, reason })}
    >
      <span aria-hidden="true" className={styles.staleDot} />
      {t('stale.marker', { time })}
    </p>
  );
}

/** On the desk the reason is spelled out: the editor may need the precise issues of the file. */
function StaleNotice({ stale }: { stale: Staleness }) {
  const t = useT();
  const { message, issues } = describeDatasetError(stale.error, t);
  return (
    <div className={styles.staleNotice}>
      <StaleMarker stale={stale} />
      <p className={styles.staleReason}>{message}</p>
      <IssueList issues={issues} />
    </div>
  );
}

/** Above the desk views: where the data comes from, and what is wrong with it. */
export function DeskNotices({ loaded, preview, published, stale }: DataNotices) {
  const clearPreview = useClearPreview();
  const t = useT();
  return (
    <div className={styles.notices} data-print="hide">
      {preview !== null ? (
        <p className={styles.source} data-tone="preview">
          <strong>{t('preview.marker', { file: preview })}</strong>
          <button type="button" className={styles.secondary} onClick={clearPreview}>
            {t('preview.back')}
          </button>
        </p>
      ) : (
        !published && (
          <p className={styles.source}>
            <strong>{t('source.label', { file: loaded.file })}</strong>
            <a className={styles.link} href={withoutDataParam(window.location.href)}>
              {t('source.backToPublished')}
            </a>
          </p>
        )
      )}
      {stale && <StaleNotice stale={stale} />}
      {loaded.quarantined.length > 0 && <QuarantineBanner records={loaded.quarantined} />}
    </div>
  );
}

/** On the meeting-room screen: one small line, no controls, nothing to open. */
export function PresentNotices({ loaded, preview, stale }: DataNotices) {
  const t = useT();
  if (!stale && preview === null && loaded.quarantined.length === 0) return null;
  return (
    <div className={styles.presentNotices}>
      {preview !== null && <p>{t('preview.marker', { file: preview })}</p>}
      {loaded.quarantined.length > 0 && (
        <p>{t('quarantine.summary', { count: loaded.quarantined.length })}</p>
      )}
      {stale && <StaleMarker stale={stale} className={styles.presentStale} />}
    </div>
  );
}
