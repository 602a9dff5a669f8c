import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { datasetQueryOptions, DatasetError } from '../data/fetch-dataset.ts';
import type { Dataset } from '../domain/dataset-schema.ts';
import { formatDataIssue } from '../domain/result.ts';
import { useT } from '../ui/locale.tsx';
import styles from './dataset-gate.module.css';

export type DatasetGateProps = { children: (dataset: Dataset) => ReactNode };

function LoadingPanel() {
  const t = useT();
  return (
    <div className={styles.loading} role="status" aria-live="polite">
      <span className="visually-hidden">{t('status.loading')}</span>
      <div className={styles.skeletonTitle} aria-hidden="true" />
      <div className={styles.skeletonRow} aria-hidden="true">
        <div className={styles.skeletonCard} />
        <div className={styles.skeletonCard} />
        <div className={styles.skeletonCard} />
      </div>
      <div className={styles.skeletonChart} aria-hidden="true" />
    </div>
  );
}

function ErrorPanel({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useT();
  let message: string;
  let issues: string[] = [];
  if (error instanceof DatasetError) {
    issues = error.issues.map(formatDataIssue);
    switch (error.kind) {
      case 'http':
        message = t('error.http', { status: error.status ?? '?' });
        break;
      case 'network':
        message = t('error.network');
        break;
      case 'malformed':
        message = t('error.malformed', { detail: error.message });
        break;
      case 'invalid':
        message = t('error.invalid', { count: error.issues.length });
        break;
    }
  } else {
    message = t('error.unknown', { detail: error.message });
  }
  return (
    <section className={styles.error} role="alert" aria-labelledby="dataset-error-title">
      <h1 id="dataset-error-title">{t('error.title')}</h1>
      <p>{message}</p>
      {issues.length > 0 && (
        <ul className={styles.issues}>
          {issues.map((issue) => (
            <li key={issue}>
              <code>{issue}</code>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className={styles.retry} onClick={onRetry}>
        {t('status.retry')}
      </button>
    </section>
  );
}

/** Shows a skeleton while the dataset loads, a precise error with a retry, or the views. */
export function DatasetGate({ children }: DatasetGateProps) {
  const query = useQuery(datasetQueryOptions());
  if (query.data) return <>{children(query.data)}</>;
  if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  return <LoadingPanel />;
}
