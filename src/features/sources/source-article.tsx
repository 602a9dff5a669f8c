import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Article } from '../../domain/dataset-schema.ts';
import { formatIsoDate } from '../../domain/format-date.ts';
import type { Filters } from '../../domain/url-state.ts';
import { useLocale, useT } from '../../ui/locale-context.tsx';
import { highlightPieces, locateQuotes, type MarkPiece } from '../../domain/highlight-model.ts';
import { nameListParts } from '../../domain/name-list.ts';
import { RecordLine } from './record-line.tsx';
import { quoteOf, type SourceRecord } from '../../domain/sources-model.ts';
import styles from './sources-view.module.css';
import { useHref } from '../../ui/use-href.ts';

export type SourceArticleProps = {
  article: Article;
  /** The records of this article to highlight. */
  records: readonly SourceRecord[];
  index: DatasetIndex;
  filters: Filters;
  /** Highlight keys of the record the URL points at (empty when it points elsewhere). */
  focusKeys: ReadonlySet<string>;
  /** The URL points at this article itself. */
  focusedArticle: boolean;
  /** Set to the element the view scrolls to: the focused highlight, or the focused article. */
  targetRef: RefObject<HTMLElement | null>;
};

type OpenPopover = { mark: number; top: number; left: number };

/** Matches the popover's CSS width, to keep it inside the text column. */
const POPOVER_WIDTH = 352;
/** Time to move the pointer from a highlight onto its popover before it closes. */
const CLOSE_DELAY_MS = 200;

function popoverPosition(mark: HTMLElement, wrap: HTMLElement): { top: number; left: number } {
  const box = wrap.getBoundingClientRect();
  const lines = mark.getClientRects();
  // Under the last line of the highlight, which may span several.
  const last = lines[lines.length - 1] ?? mark.getBoundingClientRect();
  const width = Math.min(POPOVER_WIDTH, box.width);
  return {
    top: last.bottom - box.top + 6,
    left: Math.max(0, Math.min(last.left - box.left, box.width - width)),
  };
}

/** An article as printed, with every curated quote highlighted and explained on hover or focus. */
export function SourceArticle({
  article,
  records,
  index,
  filters,
  focusKeys,
  focusedArticle,
  targetRef,
}: SourceArticleProps) {
  const t = useT();
  const href = useHref();
  const locale = useLocale();
  const baseId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const closeTimer = useRef<number | undefined>(undefined);
  const [open, setOpen] = useState<OpenPopover | null>(null);

  const byKey = useMemo(() => new Map(records.map((r) => [r.key, r])), [records]);
  const { pieces, unlocated } = useMemo(() => {
    const located = locateQuotes(
      article.text,
      records.map((record) => ({ key: record.key, quote: quoteOf(record) })),
    );
    return { pieces: highlightPieces(article.text, located.spans), unlocated: located.unlocated };
  }, [article.text, records]);
  const marks = pieces.filter((piece): piece is MarkPiece => piece.kind === 'mark');
  const isCurrent = (mark: MarkPiece) => mark.keys.some((key) => focusKeys.has(key));
  const firstCurrent = marks.findIndex(isCurrent);
  const articleIsTarget =
    focusedArticle ||
    (focusKeys.size > 0 && firstCurrent === -1 && records.some((r) => focusKeys.has(r.key)));

  const cancelClose = () => window.clearTimeout(closeTimer.current);
  const close = useCallback(() => {
    window.clearTimeout(closeTimer.current);
    setOpen(null);
  }, []);
  const scheduleClose = () => {
    window.clearTimeout(closeTimer.current);
    closeTimer.current = window.setTimeout(() => setOpen(null), CLOSE_DELAY_MS);
  };
  const show = (mark: number, element: HTMLElement) => {
    cancelClose();
    if (!wrapRef.current) return;
    setOpen({ mark, ...popoverPosition(element, wrapRef.current) });
  };

  // Esc closes the popover wherever focus is, also when the pointer opened it.
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);
  useEffect(() => () => window.clearTimeout(closeTimer.current), []);

  const onMarkKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') close();
  };

  const headingId = `${baseId}-heading`;
  const tooltipId = (mark: number) => `${baseId}-tip-${mark}`;
  const publication = [
    article.publication.name ?? t('sources.paperUnnamed'),
    article.publication.date
      ? formatIsoDate(article.publication.date, locale) +
        (article.publication.dateBasis === 'inferred' ? t('figure.inferredMark') : '')
      : t('sources.dateUnprinted'),
  ].join(' · ');

  return (
    <article
      ref={articleIsTarget ? targetRef : undefined}
      className={styles.article}
      aria-labelledby={headingId}
      aria-current={focusedArticle ? 'true' : undefined}
      data-article={article.id}
    >
      <header className={styles.articleHeader}>
        {article.section && (
          <p className={styles.section}>{t('sources.section', { section: article.section })}</p>
        )}
        <h2 id={headingId} className={styles.headline}>
          {article.headline ? (
            article.headline[locale]
          ) : (
            <span className={styles.headlineMissing}>{t('sources.headlineMissing')}</span>
          )}
        </h2>
        {article.subheadline && <p className={styles.subheadline}>{article.subheadline[locale]}</p>}
        <p className={styles.meta}>
          {article.bylines.map((byline) => (
            <span key={byline.role}>
              {t('department.byline', { role: byline.role, names: byline.names.join(' ') })}
            </span>
          ))}
          <span title={article.publication.note}>
            {t('sources.publication', { text: publication })}
          </span>
        </p>
        <p className={styles.meta}>
          <span>
            {t('sources.departments')}
            {nameListParts(article.departments.length, locale).map((part, at) => {
              if (typeof part === 'string') return <span key={at}>{part}</span>;
              const id = article.departments[part.index] ?? '';
              return (
                <a key={id} href={href({ view: 'departments', departmentId: id }, filters)}>
                  {index.departmentName(id, locale, 'full')}
                </a>
              );
            })}
          </span>
          <span>{t('sources.highlightCount', { count: records.length - unlocated.length })}</span>
        </p>
      </header>

      <div ref={wrapRef} className={styles.textWrap}>
        <p className={styles.text}>
          {pieces.map((piece) => {
            if (piece.kind === 'text') return piece.text;
            const at = marks.indexOf(piece);
            const current = isCurrent(piece);
            const single = piece.parts.length === 1;
            return (
              <mark
                key={piece.start}
                ref={current && at === firstCurrent ? targetRef : undefined}
                tabIndex={0}
                className={[
                  styles.mark,
                  current ? styles.current : '',
                  current && single ? styles.currentText : '',
                ].join(' ')}
                aria-current={current ? 'true' : undefined}
                aria-describedby={tooltipId(at)}
                data-records={[...new Set(piece.keys.map((k) => byKey.get(k)?.recordId ?? k))].join(
                  ' ',
                )}
                onMouseEnter={(event) => show(at, event.currentTarget)}
                onMouseLeave={scheduleClose}
                onFocus={(event) => show(at, event.currentTarget)}
                onBlur={close}
                onKeyDown={onMarkKeyDown}
              >
                {single
                  ? piece.text
                  : piece.parts.map((part) => (
                      <span
                        key={part.start}
                        className={[
                          part.keys.length > 1 ? styles.overlap : '',
                          part.keys.some((key) => focusKeys.has(key)) ? styles.currentText : '',
                        ].join(' ')}
                      >
                        {part.text}
                      </span>
                    ))}
              </mark>
            );
          })}
        </p>
        {marks.map((mark, at) => {
          const shown = open?.mark === at;
          const markRecords = mark.keys.flatMap((key) => byKey.get(key) ?? []);
          return (
            <div
              key={mark.start}
              id={tooltipId(at)}
              role="tooltip"
              className={styles.popover}
              hidden={!shown}
              style={shown ? { top: open.top, left: open.left } : undefined}
              onMouseEnter={cancelClose}
              onMouseLeave={scheduleClose}
            >
              {markRecords.length > 1 && (
                <p className={styles.popoverHead}>
                  {t('sources.overlap', { count: markRecords.length })}
                </p>
              )}
              {markRecords.map((record) => (
                <RecordLine key={record.key} record={record} index={index} />
              ))}
              <p className={styles.popoverHint}>{t('sources.closeHint')}</p>
            </div>
          );
        })}
      </div>

      {unlocated.length > 0 && (
        <div className={styles.unlocated} role="note">
          <p>{t('sources.unlocated')}</p>
          <ul>
            {unlocated.map((key) => {
              const record = byKey.get(key);
              return <li key={key}>{record ? <q lang="zh-CN">{quoteOf(record)}</q> : key}</li>;
            })}
          </ul>
        </div>
      )}
    </article>
  );
}
