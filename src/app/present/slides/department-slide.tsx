import { useCallback, useMemo } from 'react';
import { CampaignPanel } from '../../../charts/campaign-panel.tsx';
import { FigureBarPanel } from '../../../charts/figure-bar-panel.tsx';
import type { Figure } from '../../../domain/dataset-schema.ts';
import { campaignsOf } from '../../../domain/department-model.ts';
import type { DepartmentChart } from '../../../domain/department-slide-plan.ts';
import { filterDataset } from '../../../domain/filter-dataset.ts';
import { useLocale, useT } from '../../../ui/locale-context.tsx';
import { FigureCard } from './figure-card.tsx';
import { NoteList } from './note-list.tsx';
import type { SlideProps } from './slide-props.ts';
import styles from './slides.module.css';
import { articleFullTitle } from '../../../ui/article-title.ts';

/**
 * One page of a department: its headline figure large with the first cards, further cards,
 * its charts, or its events and lists, as src/domain/department-slide-plan.ts laid them out so
 * that each fits its box. The title bar numbers the pages.
 */
export function DepartmentSlide({ slide, dataset, index, fontSize }: SlideProps<'department'>) {
  const t = useT();
  const locale = useLocale();
  const { departmentId, plan } = slide;
  const filtered = useMemo(() => filterDataset(dataset, slide.filters), [dataset, slide.filters]);
  const metricLabel = useCallback((figure: Figure) => figure.metric[locale], [locale]);
  const figure = (id: string) => index.figure(id);

  const articles = dataset.articles.filter((a) => a.departments.includes(departmentId));
  const hero = plan.hero ? figure(plan.hero) : undefined;
  const cards = plan.cards.map(figure).filter((f): f is Figure => f !== undefined);
  const beside = plan.notes.length > 0 || plan.charts.length > 0;
  const layout = hero
    ? beside
      ? 'hero-beside'
      : 'hero-cards'
    : cards.length > 0
      ? 'cards'
      : 'blocks';

  const chart = (block: DepartmentChart) => {
    if (block.kind === 'campaigns') {
      return (
        <div key="campaigns" className={styles.frame}>
          <CampaignPanel
            campaigns={campaignsOf(filtered.figures)}
            index={index}
            fontSize={fontSize}
            height="100%"
            variant="slide"
          />
        </div>
      );
    }
    const figures = block.figures.map(figure).filter((f): f is Figure => f !== undefined);
    return (
      <div key={`${block.unit}-${block.category}`} className={styles.frame}>
        <FigureBarPanel
          index={index}
          variant="slide"
          title={t('format.groupTitle', {
            category: index.categoryName(block.category, locale),
            unit: index.unitName(block.unit, locale),
          })}
          figures={figures}
          labelOf={metricLabel}
          fileName={`${departmentId}-${block.category}`}
          fontSize={fontSize}
          height="100%"
        />
      </div>
    );
  };

  const side = beside && (
    <div
      className={styles.blocks}
      data-count={plan.charts.length + (plan.notes.length > 0 ? 1 : 0)}
    >
      {plan.charts.map(chart)}
      {plan.notes.length > 0 && (
        <NoteList notes={plan.notes} dataset={filtered} columns={hero ? 1 : 2} />
      )}
    </div>
  );

  return (
    <div className={styles.department}>
      <p className={styles.reportLine}>
        {articles.map((article) => (
          <span key={article.id}>
            {t('present.report', {
              headline: articleFullTitle(article, locale),
            })}
          </span>
        ))}
      </p>
      <div className={styles.page} data-layout={layout}>
        {hero && (
          <div className={styles.heroColumn}>
            <FigureCard
              index={index}
              figure={hero}
              label={index.categoryName(hero.category, locale)}
              size="hero"
              accent={index.departmentSlot(hero.department)}
            />
            {layout === 'hero-beside' && cards.length > 0 && (
              <CardGrid cards={cards} index={index} columns={cards.length} />
            )}
          </div>
        )}
        {layout !== 'hero-beside' && cards.length > 0 && (
          <CardGrid cards={cards} index={index} columns={hero ? 3 : 4} />
        )}
        {side}
      </div>
      {plan.more > 0 && (
        <p className={styles.more}>{t('present.moreFigures', { count: plan.more })}</p>
      )}
    </div>
  );
}

type CardGridProps = {
  cards: readonly Figure[];
  index: SlideProps['index'];
  columns: number;
};

function CardGrid({ cards, index, columns }: CardGridProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <section
      className={styles.cardGrid}
      aria-label={t('present.figures')}
      style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
    >
      {cards.map((card) => (
        <FigureCard
          index={index}
          key={card.id}
          figure={card}
          label={index.categoryName(card.category, locale)}
          accent={index.departmentSlot(card.department)}
        />
      ))}
    </section>
  );
}
