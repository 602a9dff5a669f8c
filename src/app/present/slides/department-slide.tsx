import { useCallback, useMemo } from 'react';
import { FigureBarPanel } from '../../../charts/figure-bar-panel.tsx';
import type { Figure } from '../../../domain/dataset-schema.ts';
import { filterDataset } from '../../../domain/filter-dataset.ts';
import { formatIsoDate } from '../../../domain/format-date.ts';
import { unitLabel } from '../../../domain/labels.ts';
import { CampaignPanel } from '../../../features/department/campaign-panel.tsx';
import { campaignsOf, chartableGroups } from '../../../domain/department-model.ts';
import { formatNameList } from '../../../domain/name-list.ts';
import { useLocale, useT } from '../../../ui/locale.tsx';
import { FigureCard } from './figure-card.tsx';
import { designPx, type SlideProps } from './slide-props.ts';
import styles from './slides.module.css';

/** Headline cards beyond this would be too small to read; the desk view lists every figure. */
const MAX_CARDS = 8;
/** Two bars say less from across a room than two large numerals: a chart needs three figures. */
const MIN_CHART_FIGURES = 3;
/** Design pixels of chart drawing in the right column, with and without the notes under it. */
const CHART_PX_WITH_NOTES = 420;
const CHART_PX_ALONE = 600;
/** The card column's height in design pixels, and how tall one card may grow. */
const CARDS_PX = 770;
const CARD_GAP_PX = 16;
const MAX_CARD_PX = 250;
const HERO_CARD_PX = CARDS_PX;

/**
 * One department: its figures as headline numerals, where three or more share a unit (or pair
 * up as the health commission's campaigns) as a chart, then its events and named lists, each in
 * the report's words.
 */
export function DepartmentSlide({ slide, dataset, index, fontSize }: SlideProps<'department'>) {
  const t = useT();
  const locale = useLocale();
  const { departmentId } = slide;
  const filtered = useMemo(() => filterDataset(dataset, slide.filters), [dataset, slide.filters]);
  const metricLabel = useCallback((figure: Figure) => figure.metric[locale], [locale]);

  const { campaigns, groups, cards } = useMemo(() => {
    const campaigns = campaignsOf(filtered.figures);
    const inCampaigns = new Set(campaigns.flatMap((c) => [c.sessions?.id, c.reach?.id]));
    const rest = filtered.figures.filter((figure) => !inCampaigns.has(figure.id));
    const groups = chartableGroups(rest).filter((g) => g.figures.length >= MIN_CHART_FIGURES);
    const charted = new Set(groups.flatMap((group) => group.figures.map((f) => f.id)));
    return { campaigns, groups, cards: rest.filter((figure) => !charted.has(figure.id)) };
  }, [filtered.figures]);

  const articles = dataset.articles.filter((a) => a.departments.includes(departmentId));
  const charts = (campaigns.length > 0 ? 1 : 0) + groups.length;
  const hasNotes = filtered.events.length > 0 || filtered.lists.length > 0;
  const chartPx = Math.floor(
    (hasNotes ? CHART_PX_WITH_NOTES : CHART_PX_ALONE) / Math.max(1, charts),
  );
  const chartHeight = designPx(chartPx);

  if (filtered.figures.length === 0 && !hasNotes) {
    return <p className={styles.nothing}>{t('present.nothing')}</p>;
  }

  const shown = cards.slice(0, MAX_CARDS);
  const columns = shown.length > 3 ? 2 : 1;
  const rows = Math.ceil(shown.length / columns);
  const rowPx = Math.min(
    shown.length === 1 ? HERO_CARD_PX : MAX_CARD_PX,
    Math.floor((CARDS_PX - CARD_GAP_PX * (rows - 1)) / rows),
  );
  const cardsBlock = shown.length > 0 && (
    <section
      className={styles.cardGrid}
      aria-label={t('present.figures')}
      data-columns={columns}
      style={{ gridTemplateRows: `repeat(${rows}, ${designPx(rowPx)})` }}
    >
      {shown.map((figure) => (
        <FigureCard
          key={figure.id}
          figure={figure}
          label={index.categoryName(figure.category, locale)}
          size={shown.length === 1 ? 'hero' : columns > 1 ? 'medium' : 'large'}
          quoteLines={shown.length === 1 ? 3 : 2}
        />
      ))}
    </section>
  );

  const chartBlocks = [
    campaigns.length > 0 && (
      <div key="campaigns" className={styles.frame}>
        <CampaignPanel
          campaigns={campaigns}
          index={index}
          fontSize={fontSize}
          height={chartHeight}
          variant="slide"
        />
      </div>
    ),
    ...groups.map((group) => (
      <div key={`${group.unit}-${group.category}`} className={styles.frame}>
        <FigureBarPanel
          index={index}
          variant="slide"
          title={t('format.groupTitle', {
            category: index.categoryName(group.category, locale),
            unit: unitLabel(group.unit, locale),
          })}
          figures={group.figures}
          labelOf={metricLabel}
          fileName={`${departmentId}-${group.category}`}
          fontSize={fontSize}
          height={chartHeight}
        />
      </div>
    )),
  ].filter(Boolean);

  const notesBlock = hasNotes && (
    <section className={`${styles.frame} ${styles.notes}`} aria-labelledby="present-notes">
      <h2 id="present-notes" className={styles.frameTitle}>
        {t('present.eventsAndLists')}
      </h2>
      <ul className={styles.noteList}>
        {filtered.events.map((event) => (
          <li key={event.id}>
            <span className={styles.noteDate}>{formatIsoDate(event.date, locale)}</span>
            <strong>{event.title[locale]}</strong>
            <q className={styles.noteQuote}>{event.quote}</q>
          </li>
        ))}
        {filtered.lists.map((list) => (
          <li key={list.id} data-kind="list">
            <strong>
              {t('present.listItems', { name: list.name[locale], count: list.items.length })}
            </strong>
            <span className={styles.noteItems}>
              {formatNameList(
                list.items.map((item) => item.name[locale]),
                locale,
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );

  // Numerals on the left; charts, then events and lists, on the right.
  const left =
    cardsBlock || (chartBlocks.length > 0 && <div className={styles.stack}>{chartBlocks}</div>);
  const rightParts = cardsBlock ? [...chartBlocks, notesBlock] : [notesBlock];
  const right = rightParts.some(Boolean) && <div className={styles.stack}>{rightParts}</div>;

  return (
    <div className={styles.department}>
      <p className={styles.reportLine}>
        {articles.map((article) => (
          <span key={article.id}>
            {t('present.report', {
              headline: `${article.headline?.[locale] ?? t('sources.headlineMissing')}${
                article.subheadline?.[locale] ?? ''
              }`,
            })}
          </span>
        ))}
      </p>
      <div
        className={styles.columns}
        data-columns={left && right ? 2 : 1}
        data-charts={chartBlocks.length > 0}
      >
        {left}
        {right}
      </div>
    </div>
  );
}
