import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { DraftReading } from '../../domain/drafting/read-draft.ts';
import type { Decision } from '../../domain/editor/workbench-draft.ts';
import { normalizeText } from '../../domain/source-text.ts';
import { FigureValue } from '../../ui/figure-value.tsx';
import { useEditorT, type EditorMessageKey } from '../../ui/i18n/editor-messages.ts';
import styles from './workbench.module.css';

export type ListCommand = 'accept' | 'exclude' | 'edit' | 'undecide';

export type CandidateListProps = {
  /** Empty until the first reading arrives; the list is there, and focusable, before it. */
  candidates: DraftReading['candidates'];
  decisions: Record<string, Decision>;
  issues: Record<string, string[]>;
  active: number;
  onMove: (index: number) => void;
  onCommand: (command: ListCommand) => void;
  index: DatasetIndex;
  listRef: React.RefObject<HTMLOListElement | null>;
};

const KEYS: Record<string, ListCommand | 'next' | 'previous'> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  Enter: 'accept',
  x: 'exclude',
  e: 'edit',
  u: 'undecide',
};

const stateKey = (decision: Decision | undefined): EditorMessageKey =>
  decision?.kind === 'figure'
    ? 'stateAccepted'
    : decision?.kind === 'excluded'
      ? 'stateExcluded'
      : 'stateUndecided';

/**
 * The reader's candidates in text order, as one listbox the keyboard drives: J/K or the arrow
 * keys move, Enter accepts, X excludes, E edits, U takes a decision back.
 */
export function CandidateList({
  candidates,
  decisions,
  issues,
  active,
  onMove,
  onCommand,
  index,
  listRef,
}: CandidateListProps) {
  const t = useEditorT();
  const activeItem = useRef<HTMLLIElement | null>(null);
  useEffect(() => {
    activeItem.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const count = candidates.length;
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    // With a Chinese input method on, letters arrive as "Process": the key's place still says.
    const letter = /^Key([A-Z])$/.exec(event.code)?.[1]?.toLowerCase();
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const action = KEYS[key] ?? (letter ? KEYS[letter] : undefined);
    if (!action || count === 0) return;
    event.preventDefault();
    if (action === 'next') onMove(Math.min(count - 1, active + 1));
    else if (action === 'previous') onMove(Math.max(0, active - 1));
    else onCommand(action);
  };
  const optionId = (i: number) => `editor-candidate-${i}`;
  return (
    <div className={styles.candidates}>
      <ol
        ref={listRef}
        role="listbox"
        tabIndex={0}
        aria-label={t('candidates')}
        aria-describedby="editor-candidates-hint"
        aria-activedescendant={count > 0 ? optionId(active) : undefined}
        className={styles.candidateItems}
        onKeyDown={onKeyDown}
      >
        {candidates.map((c, i) => {
          const decision = decisions[c.start];
          const problems = issues[c.start] ?? [];
          const shown = decision?.kind === 'figure' ? decision : c;
          return (
            <li
              key={c.start}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              ref={i === active ? activeItem : undefined}
              data-state={decision?.kind ?? 'undecided'}
              className={styles.candidate}
              onClick={() => onMove(i)}
            >
              <span className={styles.candidateHead}>
                <span className={styles.candidateText} lang="zh-CN">
                  {normalizeText(c.text).text}
                </span>
                <FigureValue
                  figure={{
                    value: shown.value,
                    ...(shown.valueMax !== undefined ? { valueMax: shown.valueMax } : {}),
                    unit: shown.unit ?? '',
                    qualifier: shown.qualifier,
                    quote: shown.quote,
                  }}
                  index={index}
                  className={styles.candidateValue}
                />
                <span className={styles.badge}>{t(stateKey(decision))}</span>
              </span>
              <span className={styles.muted}>
                {t(`kind_${c.kind}`)} · {t(`qualifier_${shown.qualifier}`)}
                {decision?.kind === 'figure' && decision.metric.zh && ` · ${decision.metric.zh}`}
                {decision?.kind === 'excluded' && ` · ${decision.reason}`}
              </span>
              <span className={styles.candidateQuote} lang="zh-CN">
                {shown.quote}
              </span>
              {problems.length > 0 && (
                <ul className={styles.issues} aria-label={t('issuesOf')}>
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
