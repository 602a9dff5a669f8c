import { articleYear } from '../domain/drafting/draft-dates.ts';
import { readDraft, type DraftReading } from '../domain/drafting/read-draft.ts';
import { normalizeText } from '../domain/source-text.ts';
import {
  checkWorkbench,
  type WorkbenchCheck,
  type WorkbenchContext,
} from '../domain/editor/workbench-export.ts';
import type { WorkbenchDraft } from '../domain/editor/workbench-draft.ts';
import { serveDraft, type ServedDraft } from '../domain/editor/serve-draft.ts';

/**
 * The workbench's reader and checks. They run in the dataset worker (read-in-worker.ts), which
 * loads this module as a chunk of its own on the first check: readers of the dashboard never
 * load it, and the worker's zod and schemas serve both.
 */

export type CheckRequest = { draft: WorkbenchDraft; context: WorkbenchContext };

export type CheckResult =
  { reading: DraftReading; check: WorkbenchCheck; served: ServedDraft } | { error: string };

let lastReading: {
  text: string;
  year: number | null;
  units: string;
  reading: DraftReading;
} | null = null;

/**
 * Reads the draft's text (again only when the text, the year or the units change: a decision
 * leaves the reading as it was) and runs data:check's checks on the article it stands for.
 */
export function runCheck({ draft, context }: CheckRequest): CheckResult {
  try {
    const units = context.vocabulary.units.map((u) => u.unit);
    const key = units.join('\u0000');
    if (
      lastReading?.text !== draft.text ||
      lastReading.year !== draft.year ||
      lastReading.units !== key
    ) {
      // A year the text prints itself is left to the reader, whose date notes then say so.
      const printed = articleYear(normalizeText(draft.text).text)?.year ?? null;
      const year = draft.year !== null && draft.year !== printed ? { year: draft.year } : {};
      const reading = readDraft(draft.text, { ...year, units });
      lastReading = { text: draft.text, year: draft.year, units: key, reading };
    }
    const { reading } = lastReading;
    const check = checkWorkbench(draft, reading, context);
    // Laid out here, off the page, for the preview: the page then only merges it.
    return { reading, check, served: serveDraft(check.article, draft.text, context) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
