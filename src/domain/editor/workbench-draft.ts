import type { DateBasis, Qualifier } from '../dataset-schema.ts';
import type { DraftedQuantity } from '../drafting/read-draft.ts';

/**
 * What an editor has decided about an article in the workbench: its text, the names picked from
 * it, and for every numeral the reader found either a figure or the reason it is none. Pure data
 * (kept in the browser on every change, walked back by undo); the export turns it into the
 * article file that `data:check` reads.
 */

export type FigureDecision = {
  kind: 'figure';
  metric: { zh: string; en: string };
  department: string;
  category: string;
  unit: string;
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
  date: string;
  dateBasis: DateBasis;
  dateNote: string;
  quote: string;
  numeral?: string;
  /** The Chinese name of the group the figure belongs to (a campaign), or '' for none. */
  group: string;
  /** The department's 要闻: the overview and the presentation lead with it. */
  headline: boolean;
};

export type ExclusionDecision = { kind: 'excluded'; reason: string };

export type Decision = FigureDecision | ExclusionDecision;

export type GroupName = { zh: string; en: string };

export type WorkbenchDraft = {
  /** The article id and file name: kebab-case. */
  id: string;
  text: string;
  /** The page's year, for dates printed without one. */
  year: number | null;
  headline: { zh: string; en: string } | null;
  subheadline: { zh: string; en: string } | null;
  section: string | null;
  /** Whether the bylines the reader found are kept. */
  bylines: boolean;
  /** By the offset in the text where the candidate's numeral starts. */
  decisions: Record<string, Decision>;
  /** English names of the groups, by their Chinese name. */
  groupNames: Record<string, string>;
};

export const emptyDraft = (): WorkbenchDraft => ({
  id: '',
  text: '',
  year: null,
  headline: null,
  subheadline: null,
  section: null,
  bylines: true,
  decisions: {},
  groupNames: {},
});

export type WorkbenchAction =
  | { type: 'set-text'; text: string; id: string; year: number | null }
  | { type: 'set-id'; id: string }
  | { type: 'set-year'; year: number | null }
  | { type: 'set-title'; field: 'headline' | 'subheadline'; zh: string | null; en?: string }
  | { type: 'set-section'; section: string | null }
  | { type: 'set-bylines'; keep: boolean }
  | { type: 'decide'; at: number; decision: Decision; groupEn?: string }
  | { type: 'undecide'; at: number };

/** The next draft; the same object where nothing changes, so undo records only real changes. */
export function applyAction(draft: WorkbenchDraft, action: WorkbenchAction): WorkbenchDraft {
  switch (action.type) {
    case 'set-text':
      // A new text is a new article: decisions were about offsets in the old one.
      return { ...emptyDraft(), text: action.text, id: action.id, year: action.year };
    case 'set-id':
      return action.id === draft.id ? draft : { ...draft, id: action.id };
    case 'set-year':
      return action.year === draft.year ? draft : { ...draft, year: action.year };
    case 'set-title': {
      const title = action.zh === null ? null : { zh: action.zh, en: action.en ?? '' };
      return { ...draft, [action.field]: title };
    }
    case 'set-section':
      return { ...draft, section: action.section };
    case 'set-bylines':
      return { ...draft, bylines: action.keep };
    case 'decide': {
      let marked = draft.decisions;
      // One 要闻 per department: marking one unmarks the one before.
      if (action.decision.kind === 'figure' && action.decision.headline) {
        const { department } = action.decision;
        marked = Object.fromEntries(
          Object.entries(marked).map(([at, d]) =>
            d.kind === 'figure' && d.headline && d.department === department
              ? [at, { ...d, headline: false }]
              : [at, d],
          ),
        );
      }
      const decisions = { ...marked, [action.at]: action.decision };
      const group = action.decision.kind === 'figure' ? action.decision.group.trim() : '';
      // The group's English name comes with the figure that names the group: one step to undo.
      const groupNames =
        group && action.groupEn !== undefined
          ? { ...draft.groupNames, [group]: action.groupEn }
          : draft.groupNames;
      return { ...draft, decisions, groupNames };
    }
    case 'undecide': {
      if (!(action.at in draft.decisions)) return draft;
      const { [action.at]: _gone, ...rest } = draft.decisions;
      return { ...draft, decisions: rest };
    }
  }
}

/**
 * The form's starting values for a candidate: what the reader read, the department of the figure
 * before it, and the category of the last figure in the same unit (次 are sessions, 人次 the people
 * reached, in page after page), else of the figure before.
 */
export function proposeFigure(
  candidate: DraftedQuantity,
  draft: WorkbenchDraft,
  fallbackDepartment: string,
): FigureDecision {
  const before = Object.entries(draft.decisions)
    .filter((entry): entry is [string, FigureDecision] => entry[1].kind === 'figure')
    .sort(([a], [b]) => Number(a) - Number(b))
    .filter(([at]) => Number(at) < candidate.start)
    .map(([, decision]) => decision);
  const previous = before.at(-1);
  const sameUnit = before.findLast((d) => d.unit === (candidate.unit ?? ''));
  return {
    kind: 'figure',
    metric: { zh: '', en: '' },
    department: previous?.department ?? fallbackDepartment,
    category: (sameUnit ?? previous)?.category ?? '',
    unit: candidate.unit ?? '',
    value: candidate.value,
    ...(candidate.valueMax !== undefined ? { valueMax: candidate.valueMax } : {}),
    qualifier: candidate.qualifier,
    date: candidate.date ?? '',
    dateBasis: candidate.dateBasis ?? 'inferred',
    dateNote: candidate.dateNote ?? '',
    quote: candidate.quote,
    ...(candidate.numeral ? { numeral: candidate.numeral } : {}),
    group: '',
    headline: false,
  };
}

/**
 * The first candidate after `from` (in text order, wrapping) that has no decision yet;
 * `justDecided` counts as decided (its decision is on its way to the draft).
 */
export function nextUndecided(
  candidates: readonly DraftedQuantity[],
  draft: WorkbenchDraft,
  from: number,
  justDecided?: number,
): number {
  const n = candidates.length;
  for (let step = 1; step <= n; step++) {
    const i = (from + step) % n;
    const candidate = candidates[i];
    if (candidate && candidate.start !== justDecided && !(candidate.start in draft.decisions))
      return i;
  }
  return from;
}

export function undecidedCount(candidates: readonly DraftedQuantity[], draft: WorkbenchDraft) {
  return candidates.filter((c) => !(c.start in draft.decisions)).length;
}
