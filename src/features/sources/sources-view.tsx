import { useEffect, useMemo, useRef } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Filters } from '../../domain/url-state.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { FigureDate } from '../../ui/figure-date.tsx';
import { FigureValue } from '../../ui/figure-value.tsx';
import { useLocale, useT } from '../../ui/locale-context.tsx';
import type { ViewProps } from '../../ui/view-props.ts';
import { formatNameList } from '../../domain/name-list.ts';
import { SourceArticle } from './source-article.tsx';
import {
  articlesToShow,
  focusOutsideFilter,
  recordsToShow,
  resolveFocus,
  sourceRecords,
  type Focus,
  type SourceRecord,
} from '../../domain/sources-model.ts';
import styles from './sources-view.module.css';
import { articleTitle } from '../../ui/article-title.ts';
import { useHref } from '../../ui/use-href.ts';

type FocusStatusProps = {
  focus: Focus;
  outside: boolean;
  index: DatasetIndex;
  filters: Filters;
};

/** "Now showing …" (sources.focused): what the URL points at, or that it points at nothing known. */
function FocusStatus({ focus, outside, index, filters }: FocusStatusProps) {
  const t = useT();
  const href = useHref();
  const locale = useLocale();
  if (focus.kind === 'none') return <div role="status" className={styles.statusEmpty} />;
  if (focus.kind === 'unknown') {
    return (
      <div role="status" className={styles.notice}>
        <p>{t('sources.notFound', { id: focus.id })}</p>
      </div>
    );
  }
  const [figure] = focus.kind === 'record' ? focus.record.figures : [];
  const [event] = focus.kind === 'record' ? focus.record.events : [];
  const [list] = focus.kind === 'record' ? focus.record.lists : [];
  const name =
    figure?.metric[locale] ??
    event?.title[locale] ??
    list?.name[locale] ??
    articleTitle(focus.article, locale);
  const department = figure?.department ?? event?.department ?? list?.department;
  const dated = figure ?? event;
  return (
    <div role="status" className={styles.focusBar}>
      <p className={styles.focusLine}>
        <strong>{t('sources.focused', { metric: name })}</strong>
        {figure && <FigureValue figure={figure} index={index} className={styles.focusValue} />}
        {dated && <FigureDate record={dated} />}
        <span className={styles.muted}>
          {formatNameList(
            (department ? [department] : focus.article.departments).map((id) =>
              index.departmentName(id, locale),
            ),
            locale,
          )}
        </span>
        <a className={styles.clear} href={href({ view: 'sources', focus: null }, filters)}>
          {t('sources.clearFocus')}
        </a>
      </p>
      {outside && <p className={styles.muted}>{t('sources.outsideFilter')}</p>}
    </div>
  );
}

const NO_RECORDS: SourceRecord[] = [];

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Each article's text with every curated quote highlighted. `?focus=<record id>` scrolls to that
 * quote and marks it; `?focus=<article id>` scrolls to the article.
 */
export function SourcesView({ dataset, index, filtered, location }: ViewProps) {
  const t = useT();
  const href = useHref();
  const locale = useLocale();
  const { filters, route } = location;
  const focusId = route.view === 'sources' ? route.focus : null;
  const focus = useMemo(() => resolveFocus(dataset, focusId), [dataset, focusId]);
  const recordsByArticle = useMemo(() => {
    const byArticle = new Map<string, SourceRecord[]>();
    for (const record of sourceRecords(recordsToShow(filtered, focus))) {
      byArticle.set(record.article, [...(byArticle.get(record.article) ?? []), record]);
    }
    return byArticle;
  }, [filtered, focus]);
  const articles = articlesToShow(dataset, filters, focus);
  const focusKeys = useMemo(() => new Set(focus.kind === 'record' ? focus.keys : []), [focus]);
  const outside = focusOutsideFilter(focus, filtered, filters);
  const targetRef = useRef<HTMLElement | null>(null);
  const status = <FocusStatus focus={focus} outside={outside} index={index} filters={filters} />;

  useEffect(() => {
    if (!focusId) return;
    const target = targetRef.current;
    // A quote is centred; an article, often taller than the screen, shows its start.
    target?.scrollIntoView({
      block: target.tagName === 'ARTICLE' ? 'start' : 'center',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
  }, [focusId]);

  return (
    <section aria-labelledby="sources-title" className={styles.view}>
      <header>
        <h1 id="sources-title" className={styles.title}>
          {t('sources.title')}
        </h1>
        <p className={styles.intro}>{t('sources.intro')}</p>
      </header>
      {articles.length === 0 ? (
        <>
          {status}
          <EmptyState />
        </>
      ) : (
        <div className={styles.layout}>
          <nav className={styles.toc} aria-labelledby="sources-contents">
            <h2 id="sources-contents" className={styles.tocTitle}>
              {t('sources.contents')}
            </h2>
            <ol>
              {articles.map((article) => (
                <li key={article.id}>
                  <a
                    href={href({ view: 'sources', focus: article.id }, filters)}
                    aria-current={
                      focus.kind !== 'none' &&
                      focus.kind !== 'unknown' &&
                      focus.article.id === article.id
                        ? 'location'
                        : undefined
                    }
                  >
                    {articleTitle(article, locale)}
                  </a>
                  <span className={styles.tocDepartments}>
                    {formatNameList(
                      article.departments.map((id) => index.departmentName(id, locale)),
                      locale,
                    )}
                  </span>
                </li>
              ))}
            </ol>
          </nav>
          <div className={styles.articles}>
            {status}
            {articles.map((article) => (
              <SourceArticle
                key={article.id}
                article={article}
                records={recordsByArticle.get(article.id) ?? NO_RECORDS}
                index={index}
                filters={filters}
                focusKeys={focusKeys}
                focusedArticle={focus.kind === 'article' && focus.article.id === article.id}
                targetRef={targetRef}
              />
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
