import { readDraft, type DraftReading } from '../../domain/drafting/read-draft.ts';
import {
  checkWorkbench,
  type WorkbenchCheck,
  type WorkbenchContext,
} from '../../domain/editor/workbench-export.ts';
import type { WorkbenchDraft } from '../../domain/editor/workbench-draft.ts';

export type CheckRequest = { id: number; draft: WorkbenchDraft; context: WorkbenchContext };

export type CheckReply =
  { id: number; reading: DraftReading; check: WorkbenchCheck } | { id: number; error: string };

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
export function runCheck({ id, draft, context }: CheckRequest): CheckReply {
  try {
    const units = context.vocabulary.units.map((u) => u.unit);
    const key = units.join('\u0000');
    if (
      lastReading?.text !== draft.text ||
      lastReading.year !== draft.year ||
      lastReading.units !== key
    ) {
      const reading = readDraft(draft.text, { ...(draft.year ? { year: draft.year } : {}), units });
      lastReading = { text: draft.text, year: draft.year, units: key, reading };
    }
    const { reading } = lastReading;
    return { id, reading, check: checkWorkbench(draft, reading, context) };
  } catch (error) {
    return { id, error: (error as Error).message };
  }
}
