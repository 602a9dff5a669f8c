import { useEffect, useRef, useState } from 'react';
import { checkDraft } from '../../data/read-in-worker.ts';
import type { DraftReading } from '../../domain/drafting/read-draft.ts';
import type { WorkbenchDraft } from '../../domain/editor/workbench-draft.ts';
import type { ServedDraft } from '../../domain/editor/serve-draft.ts';
import type { WorkbenchCheck, WorkbenchContext } from '../../domain/editor/workbench-export.ts';

export type CheckState = {
  reading: DraftReading | null;
  check: WorkbenchCheck | null;
  /** The draft as publishing would serve it, for the preview. */
  served: ServedDraft | null;
  /** A newer draft is being checked: what is shown is for the one before. */
  pending: boolean;
  /** The draft the reading and the check are for (an export writes that one). */
  checked: WorkbenchDraft | null;
  error: string | null;
};

type Answer = Omit<CheckState, 'pending' | 'checked'> & { of: WorkbenchDraft | null };

/**
 * The reading of the draft's text and the checks of its article, kept up with every change. They
 * run in the dataset worker, so the editor's typing never waits for a long article's checks; an
 * answer for a draft that has changed since is dropped, a newer one being on its way.
 */
export function useWorkbenchCheck(draft: WorkbenchDraft, context: WorkbenchContext): CheckState {
  const [answer, setAnswer] = useState<Answer>({
    reading: null,
    check: null,
    served: null,
    error: null,
    of: null,
  });
  const latest = useRef<WorkbenchDraft | null>(null);
  useEffect(() => {
    if (!draft.text) return;
    latest.current = draft;
    void checkDraft({ draft, context }).then((result) => {
      if (latest.current !== draft) return;
      setAnswer(
        'error' in result
          ? { reading: null, check: null, served: null, error: result.error, of: draft }
          : { ...result, error: null, of: draft },
      );
    });
  }, [draft, context]);
  const { of, ...shown } = answer;
  // An answer about another text (a new paste, another draft) says nothing about this one.
  if (of === null || of.text !== draft.text) {
    return { reading: null, check: null, served: null, error: null, pending: true, checked: null };
  }
  return { ...shown, pending: of !== draft, checked: of };
}
