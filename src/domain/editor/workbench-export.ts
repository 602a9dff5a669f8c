import { checkDataset } from '../dataset-check.ts';
import { articleFileSchema, type ArticleFile, type DepartmentsFile } from '../dataset-schema.ts';
import type { DraftedQuantity, DraftReading } from '../drafting/read-draft.ts';
import type { DataIssue } from '../result.ts';
import { schemaIssues } from '../schema-issues.ts';
import { normalizeText } from '../source-text.ts';
import type { Vocabulary } from '../vocabulary-schema.ts';
import type { FigureDecision, WorkbenchDraft } from './workbench-draft.ts';

/**
 * The workbench's draft as the files `data/` holds, and the same checks `data:check` runs on
 * them. The figures come in text order, so their ids follow the page.
 */

export const articlePath = (id: string) => `data/articles/${id}.json`;
export const sourcePath = (id: string) => `data/sources/${id}.txt`;

/** `health-party-brands-3`: the article id and the figure's place among its figures. */
const figureId = (articleId: string, n: number) => `${articleId}-${n}`;
/** A group's id from the article's and the group's place among its groups. */
const groupId = (articleId: string, n: number) => `${articleId}-group-${n}`;

type Placed = { candidate: DraftedQuantity; decision: FigureDecision; id: string };

function placedFigures(draft: WorkbenchDraft, reading: DraftReading): Placed[] {
  const placed: Placed[] = [];
  for (const candidate of reading.candidates) {
    const decision = draft.decisions[candidate.start];
    if (decision?.kind !== 'figure') continue;
    placed.push({ candidate, decision, id: figureId(draft.id, placed.length + 1) });
  }
  return placed;
}

const trimmed = (name: { zh: string; en: string }) => ({ zh: name.zh.trim(), en: name.en.trim() });

/** The article file (`data/articles/<id>.json`) the draft stands for, as the editor would write it. */
export function articleFromDraft(draft: WorkbenchDraft, reading: DraftReading): ArticleFile {
  return exportDraft(draft, reading).article;
}

/** The article file, and which candidate each of its figures came from. */
function exportDraft(
  draft: WorkbenchDraft,
  reading: DraftReading,
): { article: ArticleFile; placed: Placed[] } {
  const placed = placedFigures(draft, reading);
  const groupNames = [...new Set(placed.map((p) => p.decision.group.trim()).filter(Boolean))];
  const groupIds = new Map(groupNames.map((zh, i) => [zh, groupId(draft.id, i + 1)]));
  const departments = [...new Set(placed.map((p) => p.decision.department).filter(Boolean))];
  const seen = new Set<string>();
  const ignoredNumerals = reading.candidates.flatMap((candidate) => {
    const decision = draft.decisions[candidate.start];
    if (decision?.kind !== 'excluded') return [];
    // The checks compare the text without whitespace; an entry covers every place its words occur.
    const text = normalizeText(candidate.text).text;
    if (seen.has(text)) return [];
    seen.add(text);
    return [{ text, reason: decision.reason.trim() }];
  });
  const article: ArticleFile = {
    $schema: '../schema/article.schema.json',
    id: draft.id,
    source: `sources/${draft.id}.txt`,
    headline: draft.headline && trimmed(draft.headline),
    subheadline: draft.subheadline && trimmed(draft.subheadline),
    section: draft.section,
    bylines: draft.bylines ? reading.bylines : [],
    publication: { name: null, date: null, dateBasis: null },
    departments,
    groups: groupNames.map((zh) => ({
      id: groupIds.get(zh) ?? '',
      name: { zh, en: (draft.groupNames[zh] ?? '').trim() },
    })),
    figures: placed.map(({ decision: d, id }) => ({
      id,
      department: d.department,
      metric: trimmed(d.metric),
      category: d.category,
      value: d.value,
      ...(d.valueMax !== undefined ? { valueMax: d.valueMax } : {}),
      unit: d.unit.trim(),
      qualifier: d.qualifier,
      date: d.date.trim(),
      dateBasis: d.dateBasis,
      ...(d.dateNote.trim() ? { dateNote: d.dateNote.trim() } : {}),
      quote: d.quote.trim(),
      ...(d.numeral ? { numeral: d.numeral } : {}),
      ...(d.group.trim() ? { group: groupIds.get(d.group.trim()) ?? '' } : {}),
      ...(d.headline ? { headline: true as const } : {}),
    })),
    events: [],
    lists: [],
    ignoredNumerals,
  };
  return { article, placed };
}

export type WorkbenchContext = {
  departments: DepartmentsFile['departments'];
  vocabulary: Vocabulary;
  /**
   * The 要闻 other published articles mark, by department (the figure's id): data:check allows
   * one per department across the whole dataset, and the draft is checked against them.
   */
  publishedHeadlines?: Readonly<Record<string, string>>;
};

export type WorkbenchCheck = {
  article: ArticleFile;
  /** Every issue, as `data:check` would print it for the exported files. */
  issues: DataIssue[];
  /** The issues of each figure, by the offset of its candidate in the text. */
  byCandidate: Record<string, string[]>;
};

const FIGURE_PATH = /^\$\.figures\[(\d+)\]/;

/** Runs the checks of `data:check` on the article the draft stands for. */
export function checkWorkbench(
  draft: WorkbenchDraft,
  reading: DraftReading,
  context: WorkbenchContext,
): WorkbenchCheck {
  const { article, placed } = exportDraft(draft, reading);
  const file = articlePath(draft.id || 'article');
  const parsed = articleFileSchema.safeParse(article);
  const issues = parsed.success
    ? checkDataset({
        departments: {
          file: 'data/departments.json',
          content: { departments: context.departments },
        },
        vocabulary: { file: 'data/vocabulary.json', content: context.vocabulary },
        articles: [
          { file, sourceFile: sourcePath(draft.id), content: parsed.data, text: draft.text },
        ],
      })
    : schemaIssues(file, article, parsed.error);
  article.figures.forEach((figure, i) => {
    const other = figure.headline ? context.publishedHeadlines?.[figure.department] : undefined;
    if (other === undefined) return;
    issues.push({
      file,
      path: `$.figures[${i}].headline`,
      recordId: figure.id,
      message: `department ${figure.department} already has its headline figure ${other} in the published data: mark one only`,
    });
  });
  const byId = new Map(placed.map((p) => [p.id, p.candidate.start]));
  const byCandidate: Record<string, string[]> = {};
  for (const issue of issues) {
    const index = FIGURE_PATH.exec(issue.path)?.[1];
    const at =
      (issue.recordId !== undefined ? byId.get(issue.recordId) : undefined) ??
      (index !== undefined ? placed[Number(index)]?.candidate.start : undefined);
    if (at === undefined) continue;
    (byCandidate[at] ??= []).push(issue.message);
  }
  return { article, issues, byCandidate };
}
