import { useCallback, useRef, useState } from 'react';
import { deleteDraft, listDrafts, loadDraft, saveDraft } from '../../data/draft-store.ts';
import type { SaveOutcome, DraftSummary } from '../../data/draft-store.ts';
import {
  applyAction,
  emptyDraft,
  type WorkbenchAction,
  type WorkbenchDraft,
} from '../../domain/editor/workbench-draft.ts';
import { record, redo, startHistory, undo, type History } from '../../domain/undo-history.ts';

/** Which draft the workbench had open, so a reload opens it again. */
const CURRENT_KEY = 'editor:current';

function readCurrent(): string | null {
  try {
    return window.localStorage.getItem(CURRENT_KEY);
  } catch {
    return null;
  }
}

function writeCurrent(key: string | null) {
  try {
    if (key === null) window.localStorage.removeItem(CURRENT_KEY);
    else window.localStorage.setItem(CURRENT_KEY, key);
  } catch {
    // Reported by the next save of the draft itself.
  }
}

const newKey = () => `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function isDraft(value: unknown): value is WorkbenchDraft {
  const d = value as Partial<WorkbenchDraft> | null;
  return typeof d?.text === 'string' && typeof d.decisions === 'object' && d.decisions !== null;
}

function opened(key: string | null): { key: string; history: History<WorkbenchDraft> } {
  const saved = key ? loadDraft<unknown>(key) : null;
  if (key && isDraft(saved)) {
    return { key, history: startHistory({ ...emptyDraft(), ...saved }) };
  }
  return { key: newKey(), history: startHistory(emptyDraft()) };
}

export type Workbench = {
  draft: WorkbenchDraft;
  dispatch: (action: WorkbenchAction) => void;
  /** A new article: a draft of its own (a new key), whose history starts at its text. */
  startText: (text: string, id: string, year: number | null) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  saved: SaveOutcome | null;
  drafts: DraftSummary[];
  openDraft: (key: string | null) => void;
  removeDraft: (key: string) => void;
  /** The draft has changed since it was last downloaded or saved to data/. */
  unexported: boolean;
  markExported: (draft: WorkbenchDraft) => void;
};

/** Typing in one field is one step to undo, not one per key. */
function typingKey(action: WorkbenchAction): string | null {
  if (action.type === 'set-id' || action.type === 'set-year') return action.type;
  if (action.type === 'set-title') return `${action.type}:${action.field}`;
  return null;
}

export const draftTitle = (draft: WorkbenchDraft) =>
  draft.headline?.zh || draft.id || draft.text.trim().slice(0, 20);

/**
 * The workbench's state: the draft with its undo history, saved in the browser on every change
 * (and the list of drafts), and which changes are not yet exported.
 */
export function useWorkbench(): Workbench {
  const [state, setState] = useState(() => opened(readCurrent()));
  const [saved, setSaved] = useState<SaveOutcome | null>(null);
  const [drafts, setDrafts] = useState(listDrafts);
  const [exported, setExported] = useState<WorkbenchDraft | null>(null);
  // The state the next change starts from, read by the callbacks without re-creating them.
  const current = useRef(state);
  const draft = state.history.present;

  /** Every change is saved in the browser before it is shown: a crash right after loses nothing. */
  const commit = useCallback(
    (change: (history: History<WorkbenchDraft>) => History<WorkbenchDraft>) => {
      const { key, history } = current.current;
      const next = change(history);
      if (next === history) return;
      current.current = { key, history: next };
      setState(current.current);
      if (!next.present.text) return;
      const outcome = saveDraft(key, draftTitle(next.present), next.present);
      setSaved(outcome);
      if (outcome.ok) writeCurrent(key);
      setDrafts(listDrafts());
    },
    [],
  );

  const lastTyping = useRef<string | null>(null);
  const dispatch = useCallback(
    (action: WorkbenchAction) => {
      const typing = typingKey(action);
      const goesOn = typing !== null && typing === lastTyping.current;
      lastTyping.current = typing;
      commit((history) => {
        const next = applyAction(history.present, action);
        if (next === history.present) return history;
        return goesOn ? { ...history, present: next } : record(history, next);
      });
    },
    [commit],
  );
  const startText = useCallback(
    (text: string, id: string, year: number | null) => {
      lastTyping.current = null;
      current.current = { key: newKey(), history: startHistory(emptyDraft()) };
      commit(() => startHistory(applyAction(emptyDraft(), { type: 'set-text', text, id, year })));
    },
    [commit],
  );
  const openDraft = useCallback((key: string | null) => {
    const next = opened(key);
    writeCurrent(key);
    current.current = next;
    setState(next);
    setExported(next.history.present);
    setSaved(null);
  }, []);
  const removeDraft = useCallback((key: string) => {
    deleteDraft(key);
    setDrafts(listDrafts());
  }, []);

  return {
    draft,
    dispatch,
    startText,
    undo: useCallback(() => {
      lastTyping.current = null;
      commit(undo);
    }, [commit]),
    redo: useCallback(() => {
      lastTyping.current = null;
      commit(redo);
    }, [commit]),
    canUndo: state.history.past.length > 0,
    canRedo: state.history.future.length > 0,
    saved,
    drafts,
    openDraft,
    removeDraft,
    unexported: draft.text !== '' && exported !== draft,
    markExported: setExported,
  };
}
