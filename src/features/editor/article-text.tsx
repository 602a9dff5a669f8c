import { memo, useEffect, useMemo, useRef } from 'react';
import type { DraftReading } from '../../domain/drafting/read-draft.ts';
import type { Decision } from '../../domain/editor/workbench-draft.ts';
import { useEditorT, type EditorMessageKey } from '../../ui/i18n/editor-messages.ts';
import styles from './workbench.module.css';

type Mark =
  | { kind: 'candidate'; index: number; start: number; end: number }
  | { kind: 'excluded'; reason: string; start: number; end: number };

export type ArticleTextProps = {
  text: string;
  reading: DraftReading;
  decisions: Record<string, Decision>;
  active: number;
  onPick: (index: number) => void;
  /** Where the text's element is, for taking the editor's selection as a quote. */
  textRef: React.RefObject<HTMLDivElement | null>;
};

/**
 * The article as printed, every numeral marked by what the reader made of it: a candidate (its
 * kind, and whether it is accepted, excluded or undecided) or a numeral the reader excludes (with
 * its reason on hover). Clicking a candidate selects it in the list. The text is React text, so
 * markup in a pasted article is shown as it is and never run.
 */
export const ArticleText = memo(function ArticleText({
  text,
  reading,
  decisions,
  active,
  onPick,
  textRef,
}: ArticleTextProps) {
  const t = useEditorT();
  const marks = useMemo(() => {
    const all: Mark[] = [
      ...reading.candidates.map((c, index): Mark => ({
        kind: 'candidate',
        index,
        start: c.start,
        end: c.end,
      })),
      ...reading.excluded.map((e): Mark => ({
        kind: 'excluded',
        reason: e.reason,
        start: e.start,
        end: e.end,
      })),
    ];
    return all.sort((a, b) => a.start - b.start);
  }, [reading]);
  const activeRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const pieces: React.ReactNode[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue; // overlapping marks: the first one stands
    if (mark.start > at) pieces.push(text.slice(at, mark.start));
    const words = text.slice(mark.start, mark.end);
    if (mark.kind === 'excluded') {
      const reason = t(`reason_${mark.reason}` as EditorMessageKey);
      pieces.push(
        <mark key={`x${mark.start}`} className={styles.markExcluded} title={reason}>
          {words}
        </mark>,
      );
    } else {
      const candidate = reading.candidates[mark.index];
      const decision = candidate ? decisions[candidate.start] : undefined;
      const state = decision?.kind ?? 'undecided';
      const isActive = mark.index === active;
      pieces.push(
        <mark
          key={`c${mark.start}`}
          ref={isActive ? activeRef : undefined}
          className={styles.markCandidate}
          data-state={state}
          data-kind={candidate?.kind}
          data-qualifier={candidate?.qualifier}
          data-active={isActive || undefined}
          onClick={() => onPick(mark.index)}
        >
          {words}
        </mark>,
      );
    }
    at = mark.end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return (
    // A region of its own that the keyboard can scroll (Tab to it, then the arrow keys).
    <div
      ref={textRef}
      className={styles.articleText}
      lang="zh-CN"
      data-testid="editor-text"
      role="region"
      aria-label={t('textHeading')}
      tabIndex={0}
    >
      {pieces}
    </div>
  );
});
