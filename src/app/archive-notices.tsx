import type { ArchiveState } from '../data/use-archive.ts';
import { UNDATED } from '../domain/archive.ts';
import { useT } from '../ui/locale-context.tsx';
import { describeDatasetError } from './dataset-gate-error.tsx';
import styles from './dataset-gate.module.css';

/**
 * The archive's chunks that failed, each with its reason and one retry for all, above the years
 * that did load (ADR 015). Nothing when every chunk asked for has arrived.
 */
export function ArchiveFailures({ archive }: { archive: ArchiveState }) {
  const t = useT();
  if (archive.failed.length === 0) return null;
  return (
    <section className={styles.notice} data-tone="danger" role="alert">
      {archive.failed.map(({ key, years, error }) => {
        const reason = describeDatasetError(error, t).message;
        return (
          <p key={key}>
            {key === UNDATED && years.length === 0
              ? t('archive.failedUndated', { reason })
              : t('archive.failed', {
                  years: (years.length > 0 ? years : [key]).join(t('format.listSeparator')),
                  reason,
                })}
          </p>
        );
      })}
      <button type="button" className={styles.retry} onClick={archive.retry}>
        {t('status.retry')}
      </button>
    </section>
  );
}
