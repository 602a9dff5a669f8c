/**
 * The workbench's drafts, kept in the browser (localStorage) on every change, so a reload or a
 * crash loses nothing. Writing can fail (a full or disabled storage): that is a result the
 * workbench shows, never an error swallowed.
 */

export type DraftSummary = { id: string; title: string; updatedAt: number };

export type SaveOutcome =
  { ok: true } | { ok: false; reason: 'full' | 'unavailable'; detail: string };

const INDEX_KEY = 'editor:drafts';
const draftKey = (id: string) => `editor:draft:${id}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** The drafts in the browser, the most recently changed first. */
export function listDrafts(): DraftSummary[] {
  const raw = storage()?.getItem(INDEX_KEY);
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as DraftSummary[];
    return Array.isArray(parsed) ? [...parsed].sort((a, b) => b.updatedAt - a.updatedAt) : [];
  } catch {
    return [];
  }
}

/** A draft as saved, or null when there is none (or it cannot be read back). */
export function loadDraft<T>(id: string): T | null {
  const raw = storage()?.getItem(draftKey(id));
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/** Saves a draft and its line in the list of drafts. */
export function saveDraft(id: string, title: string, draft: unknown): SaveOutcome {
  const store = storage();
  if (!store) return { ok: false, reason: 'unavailable', detail: 'localStorage is disabled' };
  const index = listDrafts().filter((summary) => summary.id !== id);
  index.push({ id, title, updatedAt: Date.now() });
  try {
    store.setItem(draftKey(id), JSON.stringify(draft));
    store.setItem(INDEX_KEY, JSON.stringify(index));
    return { ok: true };
  } catch (error) {
    if (isQuotaError(error)) {
      return { ok: false, reason: 'full', detail: (error as DOMException).message };
    }
    return { ok: false, reason: 'unavailable', detail: (error as Error).message };
  }
}

export function deleteDraft(id: string): void {
  const store = storage();
  if (!store) return;
  store.removeItem(draftKey(id));
  store.setItem(INDEX_KEY, JSON.stringify(listDrafts().filter((summary) => summary.id !== id)));
}
