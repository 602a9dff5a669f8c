import { useId, useState } from 'react';
import { hasActiveFilters, type Filters } from '../domain/url-state.ts';
import { toggleValue } from '../domain/filter-dataset.ts';
import { useT } from './locale.tsx';
import styles from './filter-bar.module.css';

export type FilterOption = { id: string; label: string; title?: string };

export type FilterBarProps = {
  departments: readonly FilterOption[];
  years: readonly FilterOption[];
  categories: readonly FilterOption[];
  filters: Filters;
  onChange: (filters: Filters) => void;
};

type ChipGroupProps = {
  legend: string;
  options: readonly FilterOption[];
  selected: readonly string[];
  onToggle: (id: string) => void;
};

function ChipGroup({ legend, options, selected, onToggle }: ChipGroupProps) {
  const t = useT();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.chips}>
        {options.map((option) => {
          const pressed = selected.includes(option.id);
          return (
            <button
              key={option.id}
              type="button"
              className={styles.chip}
              aria-pressed={pressed}
              title={
                pressed ? t('filters.remove', { name: option.title ?? option.label }) : option.title
              }
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
        })}
      </div>
    </fieldset>
  );
}

/** Department, year and category filters as toggle chips; the state lives in the URL. */
export function FilterBar({ departments, years, categories, filters, onChange }: FilterBarProps) {
  const t = useT();
  const headingId = useId();
  const groupsId = useId();
  // On a phone the chips fold away behind a button; on wider screens they are always shown.
  const [expanded, setExpanded] = useState(false);
  const active = hasActiveFilters(filters);
  const count = filters.departments.length + filters.years.length + filters.categories.length;

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
