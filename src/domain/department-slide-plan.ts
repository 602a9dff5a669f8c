import type { Category, Figure, Unit } from './dataset-schema.ts';
import { chunk } from './chunk.ts';
import { campaignsOf, chartableGroups, outsideCampaigns } from './department-model.ts';
import { headlineFigures } from './overview-model.ts';

/**
 * How one department's slides are laid out, so that everything fits its box on the 1920×1080
 * design and nothing is dropped without saying so. A department with much to show gets several
 * pages (slides the presenter steps through): its headline figure large with the first cards,
 * further cards, its charts, its events and lists.
 */

/** Cards beside the headline on the first page (three columns of two rows). */
export const CARDS_WITH_HERO = 6;
/** Cards on a page of their own (four columns of two rows). */
export const CARDS_PER_PAGE = 8;
/** Pages of cards at most; more figures are counted ("另有 N 项") and left to the desk view. */
export const MAX_CARD_PAGES = 3;
/** With this few cards the first page has room on its right for the events or one chart. */
const ROOM_BESIDE = 3;
export const CHARTS_PER_PAGE = 2;
/** Events and lists on a page: two columns of five, each with room for four lines. */
export const NOTES_PER_PAGE = 10;
/** A chart of one unit and category needs this many figures: two bars say less than two numbers. */
export const MIN_CHART_FIGURES = 3;

export type DepartmentChart =
  { kind: 'campaigns' } | { kind: 'group'; unit: Unit; category: Category; figures: string[] };

export type DepartmentNote = { kind: 'event' | 'list'; id: string };

export type DepartmentPage = {
  /** The department's headline figure, drawn large (first page only). */
  hero: string | null;
  cards: string[];
  charts: DepartmentChart[];
  notes: DepartmentNote[];
  /** Figures of the department that no page shows: the desk's department page has them. */
  more: number;
};

export type DepartmentContent = {
  figures: readonly Figure[];
  events: ReadonlyArray<{ id: string }>;
  lists: ReadonlyArray<{ id: string }>;
};

const page = (parts: Partial<DepartmentPage>): DepartmentPage => ({
  hero: null,
  cards: [],
  charts: [],
  notes: [],
  more: 0,
  ...parts,
});

/** The pages of one department's slides, in the order they are shown; never empty. */
export function planDepartmentPages({
  figures,
  events,
  lists,
}: DepartmentContent): DepartmentPage[] {
  const campaigns = campaignsOf(figures);
  const rest = outsideCampaigns(figures, campaigns);
  const groups = chartableGroups(rest).filter((g) => g.figures.length >= MIN_CHART_FIGURES);
  const charted = new Set(groups.flatMap((group) => group.figures.map((f) => f.id)));
  const [headline] = headlineFigures(figures);
  const cards = rest
    .filter((figure) => !charted.has(figure.id) && figure.id !== headline?.id)
    .map((figure) => figure.id);
  const charts: DepartmentChart[] = [
    ...(campaigns.length > 0 ? [{ kind: 'campaigns' as const }] : []),
    ...groups.map((group) => ({
      kind: 'group' as const,
      unit: group.unit,
      category: group.category,
      figures: group.figures.map((figure) => figure.id),
    })),
  ];
  const notes: DepartmentNote[] = [
    ...events.map((event) => ({ kind: 'event' as const, id: event.id })),
    ...lists.map((list) => ({ kind: 'list' as const, id: list.id })),
  ];

  const pages: DepartmentPage[] = [];
  let chartsLeft = charts;
  let notesLeft = notes;
  if (headline) {
    const first = page({ hero: headline.id, cards: cards.slice(0, CARDS_WITH_HERO) });
    if (first.cards.length <= ROOM_BESIDE) {
      // Room on the right: the events and lists if they fit, else the first chart.
      if (notes.length > 0 && notes.length <= NOTES_PER_PAGE / 2 && charts.length === 0) {
        first.notes = notes;
        notesLeft = [];
      } else if (charts[0]) {
        first.charts = [charts[0]];
        chartsLeft = charts.slice(1);
      }
    }
    pages.push(first);
    const further = chunk(cards.slice(CARDS_WITH_HERO), CARDS_PER_PAGE);
    const shown = further.slice(0, MAX_CARD_PAGES - 1);
    pages.push(...shown.map((ids) => page({ cards: ids })));
    const left = further.slice(shown.length).flat().length;
    const last = pages.at(-1);
    if (last && left > 0) last.more = left;
  }
  pages.push(...chunk(chartsLeft, CHARTS_PER_PAGE).map((ids) => page({ charts: ids })));
  pages.push(...chunk(notesLeft, NOTES_PER_PAGE).map((ids) => page({ notes: ids })));
  return pages.length > 0 ? pages : [page({})];
}
