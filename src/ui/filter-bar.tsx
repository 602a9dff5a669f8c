import { useId, useMemo, useState } from 'react';
import { hasActiveFilters, type Filters } from '../domain/url-state.ts';
import { matchOptions, toggleValue } from '../domain/filter-dataset.ts';
import { useT } from './locale-context.tsx';
import styles from './filter-bar.module.css';

export type FilterOption = {
  id: string;
  label: string;
  title?: string;
  /** An archive's year whose records are not loaded yet (choosing it loads them). */
  unloaded?: boolean;
};

export type FilterBarProps = {
  departments: readonly FilterOption[];
  years: readonly FilterOption[];
  categories: readonly FilterOption[];
  filters: Filters;
  onChange: (filters: Filters) => void;
  /**
   * On a department page the department chips are links to each department's page (the current
   * one marked as the page) instead of filters that would empty it.
   */
  departmentHref?: (id: string) => string;
  /** An archive of years: a first year chip with this label that chooses every year. */
  allYearsLabel?: string;
};

type ChipGroupProps = {
  /** Chips that go somewhere: links instead of toggles. */
  href?: (id: string) => string;
  legend: string;
  options: readonly FilterOption[];
  selected: readonly string[];
  onToggle: (id: string) => void;
  /** Departments: past SEARCH_THRESHOLD options, a search box and a bounded list. */
  searchable?: boolean;
  /** A first chip that clears the group's choice (全部年份), pressed while nothing is chosen. */
  allLabel?: string | undefined;
  onAll?: () => void;
};

/** More options than this get a search box and a bounded list instead of a row of chips. */
export const SEARCH_THRESHOLD = 12;
/** How many unchosen matches the searchable list shows at once. */
export const LIST_LIMIT = 40;

type ChipProps = {
  option: FilterOption;
  pressed: boolean;
  onToggle: (id: string) => void;
  href?: ((id: string) => string) | undefined;
};

function Chip({ option, pressed, onToggle, href }: ChipProps) {
  const t = useT();
  if (href) {
    return (
      <a
        className={styles.chip}
        href={href(option.id)}
        aria-current={pressed ? 'page' : undefined}
        title={option.title}
      >
        <span className={styles.chipLabel}>{option.label}</span>
      </a>
    );
  }
  return (
    <button
      type="button"
      className={styles.chip}
      aria-pressed={pressed}
      data-unloaded={option.unloaded ? true : undefined}
      title={pressed ? t('filters.remove', { name: option.title ?? option.label }) : option.title}
      onClick={() => onToggle(option.id)}
    >
      <span className={styles.chipLabel}>{option.label}</span>
      {pressed && (
        <span className={styles.remove} aria-hidden="true">
          ×
        </span>
      )}
    </button>
  );
}

function ChipGroup({
  legend,
  options,
  selected,
  onToggle,
  searchable = false,
  href,
  allLabel,
  onAll,
}: ChipGroupProps) {
  if (searchable && options.length > SEARCH_THRESHOLD) {
    return (
      <SearchableGroup
        legend={legend}
        options={options}
        selected={selected}
        onToggle={onToggle}
        href={href}
      />
    );
  }
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.chips}>
        {allLabel !== undefined && (
          <button
            type="button"
            className={styles.chip}
            aria-pressed={selected.length === 0}
            onClick={onAll}
          >
            <span className={styles.chipLabel}>{allLabel}</span>
          </button>
        )}
        {options.map((option) => (
          <Chip
            key={option.id}
            option={option}
            pressed={selected.includes(option.id)}
            onToggle={onToggle}
            href={href}
          />
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Hundreds of departments: the chosen ones as chips, a search box, and the first matches in a
 * scrolling list, so the bar keeps its height and the keyboard never tabs through 500 buttons.
 * Enter in the search box chooses the first match.
 */
function SearchableGroup({ legend, options, selected, onToggle, href }: ChipGroupProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const chosenSet = useMemo(() => new Set(selected), [selected]);
  const chosen = useMemo(
    () => options.filter((option) => chosenSet.has(option.id)),
    [options, chosenSet],
  );
  const matches = useMemo(
    () => matchOptions(options, query).filter((option) => !chosenSet.has(option.id)),
    [options, query, chosenSet],
  );
  const listed = matches.slice(0, LIST_LIMIT);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      {chosen.length > 0 && (
        <div className={styles.chips} role="group" aria-label={t('filters.chosen')}>
          {chosen.map((option) => (
            <Chip key={option.id} option={option} pressed onToggle={onToggle} href={href} />
          ))}
        </div>
      )}
      <input
        type="search"
        className={styles.search}
        value={query}
        aria-label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          const [first] = listed;
          if (event.key === 'Enter' && first) {
            event.preventDefault();
            onToggle(first.id);
          }
        }}
      />
      <div className={`${styles.chips} ${styles.list}`}>
        {listed.map((option) => (
          <Chip key={option.id} option={option} pressed={false} onToggle={onToggle} href={href} />
        ))}
      </div>
      {matches.length > listed.length && (
        <p className={styles.more}>
          {t('filters.moreMatches', { count: matches.length - listed.length })}
        </p>
      )}
      {matches.length === 0 && <p className={styles.more}>{t('filters.noMatch')}</p>}
    </fieldset>
  );
}

/** Department, year and category filters as toggle chips; the state lives in the URL. */
export function FilterBar({
  departments,
  years,
  categories,
  filters,
  onChange,
  departmentHref,
  allYearsLabel,
}: FilterBarProps) {
  const t = useT();
  const headingId = useId();
  const groupsId = useId();
  // On a phone the chips fold away behind a button; on wider screens they are always shown.
  const [expanded, setExpanded] = useState(false);
  // The page's own department is where the reader is, not a filter to clear.
  const own = departmentHref ? { ...filters, departments: [] } : filters;
  const active = hasActiveFilters(own);
  const count = own.departments.length + own.years.length + own.categories.length;

  return (
    <section className={styles.bar} aria-labelledby={headingId} data-print="hide">
      <div className={styles.top}>
        <h2 id={headingId} className={styles.heading}>
          {t('filters.title')}
          {active && <span className={styles.count}>{t('filters.activeCount', { count })}</span>}
        </h2>
        <button
          type="button"
          className={styles.expand}
          aria-expanded={expanded}
          aria-controls={groupsId}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? t('filters.collapse') : t('filters.expand')}
        </button>
        <button
          type="button"
          className={styles.reset}
          disabled={!active}
          onClick={() => onChange({ departments: [], years: [], categories: [] })}
        >
          {t('filters.reset')}
        </button>
      </div>
      <div id={groupsId} className={styles.groups} data-expanded={expanded}>
        <ChipGroup
          legend={t('filters.departments')}
          searchable
          href={departmentHref}
          options={departments}
          selected={filters.departments}
          onToggle={(id) =>
            onChange({ ...filters, departments: toggleValue(filters.departments, id) })
          }
        />
        <div className={styles.row}>
          <ChipGroup
            legend={t('filters.years')}
            options={years}
            selected={filters.years}
            allLabel={allYearsLabel}
            onAll={() => onChange({ ...filters, years: [] })}
            onToggle={(id) => onChange({ ...filters, years: toggleValue(filters.years, id) })}
          />
          <ChipGroup
            legend={t('filters.categories')}
            options={categories}
            selected={filters.categories}
            onToggle={(id) =>
              onChange({ ...filters, categories: toggleValue(filters.categories, id) })
            }
          />
        </div>
      </div>
    </section>
  );
}
