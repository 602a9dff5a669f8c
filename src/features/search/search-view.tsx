import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Dataset } from '../../domain/dataset-schema.ts';
import { hasActiveFilters } from '../../domain/url-state.ts';
import type * as SearchModule from '../../domain/search.ts';
import type { FieldMatch, SearchHit, SearchIndex } from '../../domain/search.ts';
import { FigureDate } from '../../ui/figure-date.tsx';
import { FigureValue } from '../../ui/figure-value.tsx';
import { useLocale, useT } from '../../ui/locale-context.tsx';
import { SourceLink } from '../../ui/source-link.tsx';
import { useHref } from '../../ui/use-href.ts';
import type { ViewProps } from '../../ui/view-props.ts';
import styles from './search-view.module.css';

type Built = { search: typeof SearchModule; index: SearchIndex };

// One index per dataset, kept while the dataset lives: coming back to the search builds nothing.
const built = new WeakMap<Dataset, Promise<Built>>();

/** Gives the browser a turn between slices, so building over 100,000 figures is no long task. */
function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The search index of a dataset, built on first use (the code too is read only then) and in
 * slices, so neither the page's load nor typing waits for it.
 */
function useSearchIndex(dataset: Dataset): Built | null {
  const [state, setState] = useState<{ dataset: Dataset; built: Built } | null>(null);
  useEffect(() => {
    let current = true;
    let promise = built.get(dataset);
    if (!promise) {
      promise = import('../../domain/search.ts').then(async (search) => ({
        search,
        index: await search.buildSearchIndexInSlices(dataset, pause),
      }));
      built.set(dataset, promise);
    }
    void promise.then((result) => {
      if (current) setState({ dataset, built: result });
    });
    return () => {
      current = false;
    };
  }, [dataset]);
  return state?.dataset === dataset ? state.built : null;
}

/** A text with its matches in `<mark>`. */
function Highlighted({ match }: { match: FieldMatch }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of match.ranges) {
    if (start > at) parts.push(match.text.slice(at, start));
    parts.push(<mark key={start}>{match.text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(match.text.slice(at));
  return <>{parts}</>;
}

function matchOf(hit: SearchHit, field: FieldMatch['field'], lang: FieldMatch['lang']) {
  return hit.matches.find((match) => match.field === field && match.lang === lang);
}

/** The record's name in the interface language, highlighted where it matched. */
function HitName({ hit }: { hit: SearchHit }) {
  const locale = useLocale();
  const t = useT();
  const match = matchOf(hit, 'name', locale);
  if (match) return <Highlighted match={match} />;
  switch (hit.kind) {
    case 'figure':
      return <>{hit.record.metric[locale]}</>;
    case 'event':
      return <>{hit.record.title[locale]}</>;
    case 'list':
      return <>{hit.record.name[locale]}</>;
    case 'list-item':
      return (
        <>
          {t('sources.listItem', {
            list: hit.record.name[locale],
            item: hit.record.items[hit.item]!.name[locale],
          })}
        </>
      );
    case 'department':
      return <>{hit.record.name[locale]}</>;
  }
}

function quoteOf(hit: SearchHit): string | null {
  switch (hit.kind) {
    case 'figure':
    case 'event':
      return hit.record.quote;
    case 'list-item':
      return hit.record.items[hit.item]!.quote;
    default:
      return null;
  }
}

function recordName(hit: SearchHit, locale: 'zh' | 'en'): string {
  switch (hit.kind) {
    case 'figure':
      return hit.record.metric[locale];
    case 'event':
      return hit.record.title[locale];
    case 'list-item':
      return hit.record.items[hit.item]!.name[locale];
    case 'list':
    case 'department':
      return hit.record.name[locale];
  }
}

function HitItem({ hit, index }: { hit: SearchHit; index: ViewProps['index'] }) {
  const t = useT();
  const locale = useLocale();
  const href = useHref();
  const kind =
    hit.kind === 'figure'
      ? t('timeline.figure')
      : hit.kind === 'event'
        ? t('timeline.event')
        : hit.kind === 'list'
          ? t('sources.kindList')
          : hit.kind === 'list-item'
            ? t('search.kindListItem')
            : t('search.kindDepartment');
  const quote = quoteOf(hit);
  const quoteMatch = matchOf(hit, 'quote', 'zh');
  const name = recordName(hit, locale);
  return (
    <li className={styles.hit}>
      <p className={styles.meta}>
        <span className={styles.kind} data-kind={hit.kind}>
          {kind}
        </span>
        {hit.kind !== 'department' && <span>{index.departmentName(hit.department, locale)}</span>}
        {hit.kind === 'figure' || hit.kind === 'event' ? (
          <FigureDate record={hit.record} />
        ) : (
          hit.year && <span>{t('timeline.year', { year: hit.year })}</span>
        )}
      </p>
      <p className={styles.name}>
        <HitName hit={hit} />
        {hit.kind === 'figure' && (
          <>
            {' '}
            <FigureValue figure={hit.record} index={index} className={styles.value} />
          </>
        )}
      </p>
      {quote !== null && (
        <p className={styles.quote}>
          <q lang="zh-CN">{quoteMatch ? <Highlighted match={quoteMatch} /> : quote}</q>{' '}
          <SourceLink recordId={hit.id} recordName={name} />
        </p>
      )}
      {hit.kind === 'list' && (
        <p className={styles.quote}>
          <SourceLink recordId={hit.id} recordName={name} />
        </p>
      )}
      {hit.kind === 'department' && (
        <p className={styles.quote}>
          <a
            href={href({ view: 'departments', departmentId: hit.id })}
            aria-label={t('search.departmentPageOf', { name })}
          >
            {t('search.departmentPage')}
          </a>
        </p>
      )}
    </li>
  );
}

/**
 * `#/search?q=…`: the records whose names, quotes, department or list items hold the query, within
 * the URL's filters, each with its value, department, year and a link to its source.
 */
export function SearchView({ dataset, index, filtered, location, unsearchedYears }: ViewProps) {
  const t = useT();
  const query = location.route.view === 'search' ? location.route.query : '';
  const ready = useSearchIndex(dataset);
  const mask = useMemo(
    () => (ready ? ready.search.searchFilterMask(ready.index, filtered) : null),
    [ready, filtered],
  );
  const result = useMemo(
    () => (ready ? ready.search.search(ready.index, query, { mask }) : null),
    [ready, query, mask],
  );
  const blank = query.trim() === '';

  let status: string;
  if (blank) status = '';
  else if (!result) status = t('search.building');
  else if (result.total === 0) status = t('search.none', { query: query.trim() });
  else if (result.total > result.hits.length) {
    status = t('search.countCapped', { count: result.total, shown: result.hits.length });
  } else status = t('search.count', { count: result.total });

  return (
    <section aria-labelledby="search-title" className={styles.view}>
      <header>
        <h1 id="search-title" className={styles.title}>
          {t('search.title')}
        </h1>
        <p className={styles.intro}>{t('search.intro')}</p>
      </header>
      {unsearchedYears && unsearchedYears.length > 0 && (
        <p className={styles.notice}>
          {t('search.unsearched', { years: unsearchedYears.join(t('search.yearSeparator')) })}
        </p>
      )}
      {hasActiveFilters(location.filters) && <p className={styles.muted}>{t('search.filtered')}</p>}
      <p role="status" aria-live="polite" className={styles.status}>
        {status}
      </p>
      {blank && <p className={styles.muted}>{t('search.prompt')}</p>}
      {result?.segmented && result.total > 0 && (
        <p className={styles.muted}>
          {t('search.segmented', { query: query.trim(), words: result.terms.join(' ') })}
        </p>
      )}
      {result && result.total === 0 && !blank && (
        <p className={styles.muted}>{t('search.noneHint')}</p>
      )}
      {result && result.hits.length > 0 && (
        <ol className={styles.hits} aria-labelledby="search-title">
          {result.hits.map((hit) => (
            <HitItem
              key={`${hit.kind}:${hit.id}:${hit.kind === 'list-item' ? hit.item : ''}`}
              hit={hit}
              index={index}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
