import { useMemo } from 'react';
import { CountPanel } from '../../../charts/count-panel.tsx';
import { categoriesIn, filterDataset } from '../../../domain/filter-dataset.ts';
import {
  countByDepartmentAndCategory,
  departmentsWithRecords,
  headlineFigures,
  presentCategories,
} from '../../../domain/overview-model.ts';
import { useLocale, useT } from '../../../ui/locale-context.tsx';
import { NOTES_PER_PAGE } from '../../../domain/department-slide-plan.ts';
import { FigureCard } from './figure-card.tsx';
import { NoteList } from './note-list.tsx';
import { designPx, type SlideProps } from './slide-props.ts';
import styles from './slides.module.css';

/** Five headline cards fill the left; a sixth cell holds the totals. */
const MAX_HEADLINES = 5;

/** Each department's lead figure (headlineFigures), the totals, and what each reported. */
export function OverviewSlide({ slide, dataset, index, fontSize }: SlideProps<'overview'>) {
  const t = useT();
  const locale = useLocale();
  const filtered = useMemo(() => filterDataset(dataset, slide.filters), [dataset, slide.filters]);
  const { figures } = filtered;
  const order = useMemo(() => dataset.departments.map((d) => d.id), [dataset.departments]);
  const figureDepartments = useMemo(
    () => departmentsWithRecords(order, { figures, events: [], lists: [] }),
    [order, figures],
  );
  const categories = useMemo(
    () => presentCategories(figures, categoriesIn(dataset)),
    [dataset, figures],
  );
  const counts = useMemo(
    () => countByDepartmentAndCategory(figures, figureDepartments, categories),
    [categories, figureDepartments, figures],
  );

  if (figures.length === 0) {
    const notes = [
      ...filtered.events.map((event) => ({ kind: 'event' as const, id: event.id })),
      ...filtered.lists.map((list) => ({ kind: 'list' as const, id: list.id })),
    ];
    // A year with an event and no figure shows the event, as the desk does.
    if (notes.length > 0) {
      return (
        <div className={styles.blocks}>
          <NoteList notes={notes.slice(0, NOTES_PER_PAGE)} dataset={filtered} columns={2} />
        </div>
      );
    }
    // An empty dataset says so; otherwise the filters left nothing.
    const reason = dataset.figures.length === 0 ? 'dataset.empty' : 'present.nothing';
    return <p className={styles.nothing}>{t(reason)}</p>;
  }

  const everyHeadline = headlineFigures(figures);
  const headlines = everyHeadline.slice(0, MAX_HEADLINES);
  const totals = [
    [departmentsWithRecords(order, filtered).length, t('present.totalDepartments')],
    [figures.length, t('present.totalFigures')],
    [filtered.events.length, t('present.totalEvents')],
    [filtered.lists.length, t('present.totalLists')],
  ] as const;

  return (
    <div className={styles.overview}>
      <section className={styles.frame} aria-labelledby="present-headlines">
        <h2 id="present-headlines" className={styles.frameTitle}>
          {t('present.headlinesTitle')}
          <span className={styles.frameHint}>{t('present.headlinesNote')}</span>
        </h2>
        <div className={styles.headlineGrid}>
          {headlines.map((figure) => (
            <FigureCard
              index={index}
              key={figure.id}
              figure={figure}
              label={index.departmentName(figure.department, locale)}
              accent={index.departmentSlot(figure.department)}
            />
          ))}
          <section className={styles.totals} aria-label={t('present.totals')}>
            <p className={styles.cardLabel}>{t('present.totals')}</p>
            <dl>
              {totals.map(([count, label]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{count}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
        {everyHeadline.length > headlines.length && (
          <p className={styles.more}>
            {t('present.moreHeadlines', { count: everyHeadline.length - headlines.length })}
          </p>
        )}
      </section>
      <div className={styles.frame}>
        <CountPanel
          variant="slide"
          counts={counts}
          categories={categories}
          index={index}
          fontSize={fontSize}
          // Room for a category name wrapped to two lines (a slide cannot cut it short).
          height={designPx(Math.min(690, Math.max(480, categories.length * 56 + 120)))}
        />
      </div>
    </div>
  );
}
