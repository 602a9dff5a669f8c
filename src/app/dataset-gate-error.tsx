import { DatasetError } from '../data/dataset-error.ts';
import { MAX_PREVIEW_BYTES } from '../data/preview-dataset.ts';
import { withoutDataParam, type DataSourceRefusal } from '../domain/data-source.ts';
import { formatDataIssue } from '../domain/result.ts';
import { useT } from '../ui/locale-context.tsx';
import type { MessageKey } from '../ui/messages.ts';
import styles from './dataset-gate.module.css';

type Translate = ReturnType<typeof useT>;

/** Each refusal's sentence, typed: a new refusal without a message is a type error. */
const REFUSAL_MESSAGES: Record<DataSourceRefusal, MessageKey> = {
  empty: 'source.reason.empty',
  'too-long': 'source.reason.too-long',
  whitespace: 'source.reason.whitespace',
  backslash: 'source.reason.backslash',
  'protocol-relative': 'source.reason.protocol-relative',
  scheme: 'source.reason.scheme',
  'other-origin': 'source.reason.other-origin',
};

/** What went wrong, as sentences for the user, and the precise issues where the data is wrong. */
export type ErrorDescription = { message: string; advice: string | null; issues: string[] };

/** One message per fault, so 404, 500, a timeout, offline and a cut-off body read differently. */
export function describeDatasetError(error: Error, t: Translate): ErrorDescription {
  if (!(error instanceof DatasetError)) {
    return { message: t('error.unknown', { detail: error.message }), advice: null, issues: [] };
  }
  const { file } = error;
  const issues = error.issues.map(formatDataIssue);
  const plain = (message: string, advice: string | null = null) => ({ message, advice, issues });
  switch (error.kind) {
    case 'refused':
      return plain(
        t('error.refused', { source: file }),
        [error.refusal ? t(REFUSAL_MESSAGES[error.refusal]) : '', t('source.rule')].join(' '),
      );
    case 'http':
      if (error.status === 404) return plain(t('error.notFound', { file }));
      if ((error.status ?? 0) >= 500) {
        return plain(t('error.server', { status: error.status ?? '?', file }));
      }
      return plain(t('error.http', { status: error.status ?? '?' }));
    case 'timeout':
      return plain(
        t('error.timeout', { file, seconds: Math.round((error.timeoutMs ?? 0) / 1000) }),
      );
    case 'offline':
      return plain(t('error.offline'));
    case 'network':
      return plain(t('error.network'));
    case 'too-large':
      return plain(t('error.tooLarge', { file, limit: MAX_PREVIEW_BYTES / 1024 / 1024 }));
    case 'malformed':
      switch (error.jsonFailure) {
        case 'truncated':
          return plain(t('error.truncated', { file, detail: error.message }));
        case 'empty':
          return plain(t('error.empty', { file }));
        case 'html':
          return plain(t('error.html', { file }));
        default:
          return plain(t('error.malformed', { detail: error.message }));
      }
    case 'invalid':
      // The dev server reports the data check's issues with a 500; the app's own check, the shape.
      return plain(
        error.status === undefined
          ? t('error.shape', { file })
          : t('error.invalid', { count: issues.length }),
      );
  }
}

/** The precise issues of a whole-file failure, one `file $.path (id): reason` line each. */
export function IssueList({ issues }: { issues: string[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className={styles.issues}>
      {issues.map((issue, at) => (
        <li key={at}>
          <code>{issue}</code>
        </li>
      ))}
    </ul>
  );
}

export type ErrorPanelProps = {
  error: Error;
  /** False for a `?data=` dataset: the panel then offers the way back to the published one. */
  published: boolean;
  onRetry: () => void;
};

/** A whole-file or network failure with nothing to show instead: what happened, and a retry. */
export function ErrorPanel({ error, published, onRetry }: ErrorPanelProps) {
  const t = useT();
  const { message, advice, issues } = describeDatasetError(error, t);
  const refused = error instanceof DatasetError && error.kind === 'refused';
  return (
    <section className={styles.error} role="alert" aria-labelledby="dataset-error-title">
      <h1 id="dataset-error-title">{t('error.title')}</h1>
      <p>{message}</p>
      {advice && <p>{advice}</p>}
      <IssueList issues={issues} />
      {error instanceof DatasetError && !refused && (
        <p className={styles.file}>{t('error.file', { file: error.file })}</p>
      )}
      <div className={styles.actions}>
        {!refused && (
          <button type="button" className={styles.retry} onClick={onRetry}>
            {t('status.retry')}
          </button>
        )}
        {!published && (
          <a className={styles.link} href={withoutDataParam(window.location.href)}>
            {t('source.backToPublished')}
          </a>
        )}
      </div>
    </section>
  );
}

export type PreviewFailureProps = { name: string; error: DatasetError; onDismiss: () => void };

/** A dropped or picked file that could not be previewed; what was on screen stays. */
export function PreviewFailure({ name, error, onDismiss }: PreviewFailureProps) {
  const t = useT();
  const { message, issues } = describeDatasetError(error, t);
  return (
    <section className={styles.notice} data-tone="danger" role="alert">
      <p>
        <strong>{t('preview.failed', { file: name })}</strong> {message}
      </p>
      <IssueList issues={issues} />
      <button type="button" className={styles.secondary} onClick={onDismiss}>
        {t('preview.dismiss')}
      </button>
    </section>
  );
}
