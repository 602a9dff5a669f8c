import { useCallback, useMemo } from 'react';
import { FigureBarPanel } from '../../charts/figure-bar-panel.tsx';
import {
  checkComparability,
  crossDepartmentGroups,
  logScaleAdvised,
  type Comparability,
} from '../../domain/comparability.ts';
import type { Figure } from '../../domain/dataset-schema.ts';
import { derivePerSession } from '../../domain/derived.ts';
import { toggleValue } from '../../domain/filter-dataset.ts';
import { DerivedTable } from '../../ui/derived-table.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { FigureTable } from '../../ui/figure-table.tsx';
import { FigureValue } from '../../ui/figure-value.tsx';
import { useLocale, useT } from '../../ui/locale-context.tsx';
import type { ViewProps } from '../../ui/view-props.ts';
import styles from './compare-view.module.css';
import { YearSeriesPanel } from '../../charts/year-series-panel.tsx';
import { yearSeriesOf, yearsShown, type YearSeries } from '../../domain/year-series-model.ts';
import { formatNameList } from '../../domain/name-list.ts';

const MAX_GROUPS = 6;

export function CompareView({ index, filtered, location, navigate }: ViewProps) {
  const t = useT();
  const locale = useLocale();
  const route = location.route.view === 'compare' ? location.route : null;
  const picked = useMemo(() => route?.figures ?? [], [route]);
  const logScale = route?.logScale ?? false;

  const setRoute = (figures: string[], log: boolean) =>
    navigate({ ...location, route: { view: 'compare', figures, logScale: log } });

  const selected = useMemo(
    () => picked.map((id) => index.figure(id)).filter((f): f is Figure => f !== undefined),
    [picked, index],
  );
  const label = useCallback(
    (figure: Figure) =>
      `${index.departmentName(figure.department, locale)} · ${figure.metric[locale]}`,
    [index, locale],
  );
  const departmentLabel = useCallback(
    (figure: Figure) => index.departmentName(figure.department, locale),
    [index, locale],
  );

  const chosenDepartments = location.filters.departments;
  const groups = useMemo(
    () =>
      chosenDepartments.length >= 2 ? crossDepartmentGroups(filtered.figures, MAX_GROUPS) : [],
    [chosenDepartments.length, filtered.figures],
  );
  const derived = derivePerSession(filtered.figures);
  // Years compared (issue 15): the chosen departments' metrics printed in several years.
  const yearSeries = useMemo(
    () => chosenDepartments.flatMap((id) => yearSeriesOf(filtered, id)).slice(0, MAX_GROUPS),
    [chosenDepartments, filtered],
  );
  // Picked figures that are one metric of one department in several years: drawn by year too.
  const pickedSeries = useMemo((): YearSeries | null => {
    const [first] = selected;
    if (!first || selected.length < 2) return null;
    const [only, ...rest] = yearSeriesOf({ figures: selected }, first.department);
    return only && rest.length === 0 && only.points.length === selected.length ? only : null;
  }, [selected]);
  const seriesTitle = (series: YearSeries) =>
    t('yearSeries.panelTitle', {
      metric: `${index.departmentName(series.department, locale)} · ${series.metric[locale]}`,
      unit: index.unitName(series.unit, locale),
    });
  // The picker's figures by department, in one pass (not one filter per department).
  const byDepartment = useMemo(() => {
    const map = new Map<string, Figure[]>();
    for (const figure of filtered.figures) {
      const list = map.get(figure.department);
      if (list) list.push(figure);
      else map.set(figure.department, [figure]);
    }
    return map;
  }, [filtered.figures]);

  const reasonText = (result: Comparability) => {
    if (result.comparable || result.reason === 'empty') return '';
    if (result.reason === 'units') {
      return t('compare.reasonUnits', {
        units: result.units.map((u) => index.unitName(u, locale)).join(' / '),
      });
    }
    return t('compare.reasonCategories', {
      categories: result.categories.map((c) => index.categoryName(c, locale)).join(' / '),
    });
  };

  const logToggle = (advised: boolean) => (
    <button
      type="button"
      className={styles.toggle}
      aria-pressed={logScale}
      title={advised ? t('compare.logScaleAdvised') : undefined}
      onClick={() => setRoute(picked, !logScale)}
    >
      {t('compare.logScale')}
    </button>
  );

  const selection = checkComparability(selected);

  return (
    <section aria-labelledby="compare-title" className={styles.view}>
      <header>
        <h1 id="compare-title">{t('compare.title')}</h1>
        <p className={styles.muted}>{t('compare.intro')}</p>
      </header>

      {selected.length > 0 && (
        <section
          aria-label={t('compare.selected', { count: selected.length })}
          className={styles.result}
        >
          {selected.length < 2 ? (
            <p role="status" className={styles.notice}>
              {t('compare.needTwo')}
            </p>
          ) : selection.comparable ? (
            <>
              {selection.logScaleAdvised && !logScale && (
                <p role="status" className={styles.notice}>
                  {t('compare.logScaleAdvised')}
                </p>
              )}
              <FigureBarPanel
                index={index}
                title={t('compare.selected', { count: selected.length })}
                figures={selected}
                labelOf={label}
                fileName="comparison"
                logScale={logScale}
                actions={
                  selection.logScaleAdvised || logScale
                    ? logToggle(selection.logScaleAdvised)
                    : undefined
                }
              />
              {pickedSeries && (
                <YearSeriesPanel
                  series={pickedSeries}
                  index={index}
                  title={seriesTitle(pickedSeries)}
                />
              )}
            </>
          ) : (
            <>
              <p role="alert" className={styles.refusal}>
                {t('compare.notComparable', { reason: reasonText(selection) })}
              </p>
              <FigureTable
                figures={selected}
                index={index}
                caption={t('compare.selected', { count: selected.length })}
              />
            </>
          )}
        </section>
      )}

      {selected.length === 0 &&
        (chosenDepartments.length < 2 ? (
          <p className={styles.notice}>{t('compare.pickDepartments')}</p>
        ) : groups.length === 0 ? (
          <EmptyState title={t('compare.noGroups')} />
        ) : (
          <section aria-labelledby="groups-title">
            <h2 id="groups-title" className={styles.sectionTitle}>
              {t('compare.groupsTitle')}
            </h2>
            <div className={styles.charts}>
              {groups.map((group) => {
                // Offer the log scale only where magnitudes differ by more than 100×.
                const advised = logScaleAdvised(group.figures);
                return (
                  <FigureBarPanel
                    index={index}
                    key={`${group.unit}-${group.category}`}
                    figures={group.figures}
                    labelOf={departmentLabel}
                    fileName={`compare-${group.category}`}
                    logScale={logScale}
                    actions={advised || logScale ? logToggle(advised) : undefined}
                  />
                );
              })}
            </div>
          </section>
        ))}

      {selected.length === 0 && yearSeries.length > 0 && (
        <section aria-labelledby="year-series-title">
          <h2 id="year-series-title" className={styles.sectionTitle}>
            {t('yearSeries.compareTitle')}
          </h2>
          <p className={styles.muted}>
            {t('yearSeries.compareIntro', {
              years: formatNameList(
                yearsShown(yearSeries).map((year) => t('yearSeries.year', { year })),
                locale,
              ),
            })}
          </p>
          <div className={styles.charts}>
            {yearSeries.map((series) => (
              <YearSeriesPanel
                key={series.key}
                series={series}
                index={index}
                title={seriesTitle(series)}
              />
            ))}
          </div>
        </section>
      )}

      {derived.length > 0 && (
        <DerivedTable derived={derived} index={index} caption={t('compare.derivedTitle')} />
      )}

      <section aria-labelledby="picker-title" className={styles.picker}>
        <div className={styles.pickerHeader}>
          <h2 id="picker-title" className={styles.sectionTitle}>
            {t('compare.pickFigures')}
          </h2>
          <button
            type="button"
            className={styles.toggle}
            disabled={picked.length === 0}
            onClick={() => setRoute([], logScale)}
          >
            {t('compare.clear')}
          </button>
        </div>
        {filtered.figures.length === 0 ? (
          <EmptyState />
        ) : (
          <div className={styles.pickerGroups}>
            {[...byDepartment].map(([departmentId, figures]) => (
              <fieldset key={departmentId} className={styles.fieldset}>
                <legend>{index.departmentName(departmentId, locale, 'full')}</legend>
                {figures.map((figure) => (
                  <label key={figure.id} className={styles.option}>
                    <input
                      type="checkbox"
                      checked={picked.includes(figure.id)}
                      onChange={() => setRoute(toggleValue(picked, figure.id), logScale)}
                    />
                    <span>{figure.metric[locale]}</span>
                    <FigureValue figure={figure} index={index} className={styles.optionValue} />
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
        )}
      </section>
    </section>
  );
}
