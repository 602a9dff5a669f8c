import { useEffect, useRef, useState } from 'react';
import type { DraftReading } from '../../domain/drafting/read-draft.ts';
import type { WorkbenchDraft } from '../../domain/editor/workbench-draft.ts';
import type { WorkbenchCheck, WorkbenchContext } from '../../domain/editor/workbench-export.ts';
import type { CheckReply, CheckRequest } from './run-check.ts';

export type CheckState = {
  reading: DraftReading | null;
  check: WorkbenchCheck | null;
  /** A newer draft is being checked: what is shown is for the one before. */
  pending: boolean;
  error: string | null;
};

type Checker = { post: (request: CheckRequest) => void; stop: () => void };

/**
 * A worker where the page can start one; in the page otherwise (a page opened from file://,
 * a worker that fails to load), so the checks run either way.
 */
function startChecker(receive: (reply: CheckReply) => void): Checker {
  let inPage = false;
  let last: CheckRequest | null = null;
  const runInPage = (request: CheckRequest) =>
    void import('./run-check.ts').then(({ runCheck }) => receive(runCheck(request)));
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./check.worker.ts', import.meta.url), {
      type: 'module',
      name: 'workbench-check',
    });
    worker.addEventListener('message', (event: MessageEvent<CheckReply>) => receive(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      inPage = true;
      worker?.terminate();
      if (last) runInPage(last);
    });
  } catch {
    inPage = true;
  }
  return {
    post(request) {
      last = request;
      if (inPage || !worker) runInPage(request);
      else worker.postMessage(request);
    },
    stop: () => worker?.terminate(),
  };
}

/** The reading of the draft's text and the checks of its article, kept up with every change. */
type Answer = Omit<CheckState, 'pending'> & { of: WorkbenchDraft | null };

export function useWorkbenchCheck(draft: WorkbenchDraft, context: WorkbenchContext): CheckState {
  const [answer, setAnswer] = useState<Answer>({
    reading: null,
    check: null,
    error: null,
    of: null,
  });
  const asked = useRef(new Map<number, WorkbenchDraft>());
  const checker = useRef<Checker | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    const started = startChecker((reply) => {
      // An answer to a draft the editor has since changed is dropped: a newer one is on its way.
      const of = asked.current.get(reply.id) ?? null;
      asked.current.delete(reply.id);
      if (reply.id !== latest.current) return;
      setAnswer(
        'error' in reply
          ? { reading: null, check: null, error: reply.error, of }
          : { reading: reply.reading, check: reply.check, error: null, of },
      );
    });
    checker.current = started;
    return () => {
      started.stop();
      checker.current = null;
    };
  }, []);
  useEffect(() => {
    if (!draft.text) return;
    latest.current += 1;
    asked.current.set(latest.current, draft);
    checker.current?.post({ id: latest.current, draft, context });
  }, [draft, context]);
  const { of, ...shown } = answer;
  return { ...shown, pending: of !== draft };
}
