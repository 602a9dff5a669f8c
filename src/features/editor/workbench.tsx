import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClearPreview } from '../../data/preview-dataset.ts';
import { indexDataset } from '../../domain/dataset-index.ts';
import type { Dataset } from '../../domain/dataset-schema.ts';
import { articleYear } from '../../domain/drafting/draft-dates.ts';
import {
  nextUndecided,
  proposeFigure,
  undecidedCount,
  type FigureDecision,
} from '../../domain/editor/workbench-draft.ts';
import { departmentInText } from '../../domain/editor/suggest.ts';
import type { WorkbenchContext } from '../../domain/editor/workbench-export.ts';
import { normalizeText } from '../../domain/source-text.ts';
import type { AppLocation } from '../../domain/url-state.ts';
import { ArticleFields } from './article-fields.tsx';
import { ArticleText } from './article-text.tsx';
import { CandidateList, type ListCommand } from './candidate-list.tsx';
import { useEditorT } from '../../ui/i18n/editor-messages.ts';
import { ExcludeForm, FigureForm } from './figure-form.tsx';
import { OutBar } from './out-bar.tsx';
import { TextIn } from './text-in.tsx';
import { useWorkbenchCheck } from './use-check.ts';
import { useWorkbench, type Workbench as WorkbenchState } from './use-workbench.ts';
import styles from './workbench.module.css';

type Mode = { kind: 'list' } | { kind: 'figure' | 'exclude'; index: number };

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);

/** Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) outside text fields, which keep their own undo. */
function useUndoKeys(bench: WorkbenchState) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) bench.undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) bench.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bench]);
}

/** Asks before the tab closes on a draft that is not exported (it is kept in the browser). */
function useLeaveWarning(unexported: boolean) {
  useEffect(() => {
    if (!unexported) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unexported]);
}

/** The id a text suggests: a file's name when it is kebab-case already. */
function idFromName(name: string | null): string {
  const base = name?.replace(/\.txt$/i, '') ?? '';
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(base) ? base : '';
}

export type WorkbenchProps = {
  dataset: Dataset;
  navigate: (location: AppLocation) => void;
};

/**
 * 录入: from an article's text to a checked article file. The reader marks every numeral; the
 * editor accepts each as a figure or excludes it, by keyboard or by click; data:check's checks run
 * on every change; the draft is kept in the browser; the file goes out as a download, or under
 * `npm run dev` straight into data/.
 */
export function Workbench({ dataset, navigate }: WorkbenchProps) {
  const t = useEditorT();
  const bench = useWorkbench();
  const { draft, dispatch } = bench;
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const context = useMemo<WorkbenchContext>(
    () => ({
      departments: dataset.departments,
      vocabulary: dataset.vocabulary,
      publishedHeadlines: Object.fromEntries(
        dataset.figures
          .filter((f) => f.headline && f.article !== draft.id)
          .map((f) => [f.department, f.id]),
      ),
    }),
    [dataset, draft.id],
  );
  const { reading, check, served, pending, error, checked } = useWorkbenchCheck(draft, context);
  // The workbench works on the published data: a preview shown before (its own, or a local
  // file's) would lend the checks its departments and keep a renamed draft's old article.
  const clearPreview = useClearPreview();
  useEffect(() => clearPreview(), [clearPreview]);
  const [active, setActive] = useState(0);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const listRef = useRef<HTMLOListElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  useUndoKeys(bench);
  useLeaveWarning(bench.unexported);

  const candidates = reading?.candidates ?? [];
  const namedDepartment = useMemo(
    () => departmentInText(draft.text, dataset.departments),
    [draft.text, dataset.departments],
  );
  const candidate = candidates[active];
  const backToList = useCallback(() => {
    setMode({ kind: 'list' });
    // Now, not after the form is gone: a key pressed right after saving goes to the list.
    listRef.current?.focus();
  }, []);

  const command = (what: ListCommand) => {
    if (!candidate) return;
    const decision = draft.decisions[candidate.start];
    if (what === 'undecide') dispatch({ type: 'undecide', at: candidate.start });
    else if (what === 'exclude') setMode({ kind: 'exclude', index: active });
    else if (what === 'edit' && decision?.kind === 'excluded')
      setMode({ kind: 'exclude', index: active });
    else setMode({ kind: 'figure', index: active });
  };
  const decided = (decisionAt: number) => {
    // On to the next numeral still to decide, as an editor works down the page.
    setActive(nextUndecided(candidates, draft, active, decisionAt));
    backToList();
  };

  if (!draft.text) {
    return (
      <section className={styles.workbench} aria-labelledby="editor-heading">
        <h1 id="editor-heading">{t('heading')}</h1>
        <TextIn
          drafts={bench.drafts}
          onOpenDraft={bench.openDraft}
          onDeleteDraft={bench.removeDraft}
          onText={(text, name) => {
            const year = articleYear(normalizeText(text).text)?.year ?? null;
            bench.startText(text, idFromName(name), year);
            setActive(0);
          }}
        />
      </section>
    );
  }

  const formFor = mode.kind !== 'list' ? candidates[mode.index] : undefined;
  const decision = formFor ? draft.decisions[formFor.start] : undefined;
  const groups = [
    ...new Set(
      Object.values(draft.decisions).flatMap((d) =>
        d.kind === 'figure' && d.group.trim() ? [d.group.trim()] : [],
      ),
    ),
  ];
  const issueCount = check?.issues.length ?? 0;
  const undecided = reading ? undecidedCount(candidates, draft) : 0;
  const articleIssues = (check?.issues ?? [])
    .filter((issue) => !/^\$\.figures\[/.test(issue.path) && !/^numeral /.test(issue.message))
    .map((issue) => issue.message);
  const replaces = dataset.articles.some((a) => a.id === draft.id);

  return (
    <section className={styles.workbench} aria-labelledby="editor-heading">
      <div className={styles.top}>
        <h1 id="editor-heading">{t('heading')}</h1>
        <p role="status" className={styles.status} data-testid="editor-status">
          {pending && !check
            ? t('checking')
            : `${undecided > 0 ? t('statusUndecided', { count: undecided }) : t('statusAllDecided')} · ${
                issueCount > 0 ? t('statusIssues', { count: issueCount }) : t('statusNoIssues')
              }`}
        </p>
        <div className={styles.row}>
          <button type="button" onClick={bench.undo} disabled={!bench.canUndo}>
            {t('undo')}
          </button>
          <button type="button" onClick={bench.redo} disabled={!bench.canRedo}>
            {t('redo')}
          </button>
          <button
            type="button"
            onClick={() => {
              if (window.confirm(t('newTextConfirm'))) bench.openDraft(null);
            }}
          >
            {t('newText')}
          </button>
        </div>
      </div>
      {bench.saved && !bench.saved.ok && (
        <p role="alert" className={styles.error}>
          {t(bench.saved.reason === 'full' ? 'storageFull' : 'storageUnavailable', {
            detail: bench.saved.detail,
          })}
        </p>
      )}
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <ArticleFields
        draft={draft}
        bylines={reading?.bylines ?? []}
        dispatch={dispatch}
        issues={articleIssues}
        onDone={() => listRef.current?.focus()}
      />
      {replaces && <p className={styles.hint}>{t('replacesPublished')}</p>}
      <OutBar
        id={draft.id}
        text={draft.text}
        check={pending ? null : check}
        served={pending ? null : served}
        undecided={undecided}
        dataset={dataset}
        onExported={() => checked && bench.markExported(checked)}
        onPreviewed={() =>
          navigate({
            route: { view: 'overview' },
            filters: { departments: [], years: [], categories: [] },
          })
        }
      />
      <div className={styles.columns}>
        <section aria-labelledby="editor-text-heading" className={styles.textColumn}>
          <h2 id="editor-text-heading">{t('textHeading')}</h2>
          {reading && (
            <ArticleText
              text={draft.text}
              reading={reading}
              decisions={draft.decisions}
              active={active}
              onPick={(i) => {
                setActive(i);
                listRef.current?.focus();
              }}
              textRef={textRef}
            />
          )}
        </section>
        <section aria-labelledby="editor-list-heading" className={styles.listColumn}>
          <h2 id="editor-list-heading">{t('candidates')}</h2>
          <p id="editor-candidates-hint" className={styles.hint}>
            {t('candidatesHint')}
          </p>
          {formFor && mode.kind === 'figure' && (
            <FigureForm
              key={`f${formFor.start}`}
              heading={t(decision ? 'editHeading' : 'formHeading', {
                text: normalizeText(formFor.text).text,
              })}
              start={
                decision?.kind === 'figure'
                  ? decision
                  : proposeFigure(formFor, draft, namedDepartment ?? '')
              }
              dataset={dataset}
              groups={groups}
              groupEn={(zh) => draft.groupNames[zh] ?? ''}
              selection={() => {
                const selected = window.getSelection();
                const node = selected?.anchorNode;
                return node && textRef.current?.contains(node) ? selected.toString() : '';
              }}
              onSave={(saved: FigureDecision, groupEn: string) => {
                dispatch({ type: 'decide', at: formFor.start, decision: saved, groupEn });
                decided(formFor.start);
              }}
              onCancel={backToList}
            />
          )}
          {formFor && mode.kind === 'exclude' && (
            <ExcludeForm
              key={`x${formFor.start}`}
              heading={t('excludeHeading', { text: normalizeText(formFor.text).text })}
              start={decision?.kind === 'excluded' ? decision.reason : ''}
              onSave={(reason) => {
                dispatch({
                  type: 'decide',
                  at: formFor.start,
                  decision: { kind: 'excluded', reason },
                });
                decided(formFor.start);
              }}
              onCancel={backToList}
            />
          )}
          <CandidateList
            candidates={candidates}
            decisions={draft.decisions}
            issues={check?.byCandidate ?? {}}
            active={Math.min(active, Math.max(0, candidates.length - 1))}
            onMove={setActive}
            onCommand={command}
            index={index}
            listRef={listRef}
          />
        </section>
      </div>
    </section>
  );
}
