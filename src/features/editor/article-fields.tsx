import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Byline } from '../../domain/drafting/read-draft.ts';
import { titleLines } from '../../domain/editor/title-lines.ts';
import type { WorkbenchAction, WorkbenchDraft } from '../../domain/editor/workbench-draft.ts';
import { useEditorT } from '../../ui/i18n/editor-messages.ts';
import styles from './workbench.module.css';

/** The printed lines to pick from, after a choice of none. */
function LineOptions({ lines, none }: { lines: readonly string[]; none: string }) {
  return (
    <>
      <option value="">{none}</option>
      {lines.map((line) => (
        <option key={line} value={line}>
          {line}
        </option>
      ))}
    </>
  );
}

export type ArticleFieldsProps = {
  draft: WorkbenchDraft;
  bylines: Byline[];
  dispatch: (action: WorkbenchAction) => void;
  issues: string[];
  /** Enter in a field: on to the numerals. */
  onDone: () => void;
};

/**
 * What the article is: its id, the page's year, and headline, subheadline and section picked
 * from the lines the text prints (so they are as printed), each with its English name.
 */
export function ArticleFields({ draft, bylines, dispatch, issues, onDone }: ArticleFieldsProps) {
  const t = useEditorT();
  const id = useId();
  const lines = useMemo(() => titleLines(draft.text), [draft.text]);
  const field = (name: string) => `${id}-${name}`;
  const idInput = useRef<HTMLInputElement>(null);
  // A new article needs its id first: the cursor waits there.
  const needsId = draft.id === '';
  useEffect(() => {
    if (needsId) idInput.current?.focus();
    // Only as the fields first appear: later the editor decides where the cursor goes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // The year as typed: "20" is on its way to a year, not a reason to clear the field.
  const [typed, setTyped] = useState({ text: String(draft.year ?? ''), year: draft.year });
  let yearText = typed.text;
  if (typed.year !== draft.year) {
    // The year changed from elsewhere (undo): show it, as React's derived-state pattern does.
    yearText = String(draft.year ?? '');
    setTyped({ text: yearText, year: draft.year });
  }
  const setYearText = (text: string) => {
    const trimmed = text.trim();
    const year = /^\d{4}$/.test(trimmed) ? Number(trimmed) : trimmed === '' ? null : draft.year;
    setTyped({ text, year });
    if (year !== draft.year) dispatch({ type: 'set-year', year });
  };
  const title = (name: 'headline' | 'subheadline') => {
    const value = draft[name];
    return (
      <>
        <label className={styles.field}>
          <span>{t(name)}</span>
          <select
            value={value?.zh ?? ''}
            lang="zh-CN"
            onChange={(e) =>
              dispatch({
                type: 'set-title',
                field: name,
                zh: e.target.value || null,
                en: value?.en ?? '',
              })
            }
          >
            <LineOptions lines={lines} none={t('none')} />
          </select>
        </label>
        <label className={styles.field}>
          <span>{t(`${name}En`)}</span>
          <input
            value={value?.en ?? ''}
            disabled={!value}
            lang="en"
            onChange={(e) =>
              value &&
              dispatch({ type: 'set-title', field: name, zh: value.zh, en: e.target.value })
            }
          />
        </label>
      </>
    );
  };
  return (
    <fieldset
      className={styles.articleFields}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
        if (event.target.type === 'checkbox') return;
        event.preventDefault();
        onDone();
      }}
    >
      <legend>{t('articleFields')}</legend>
      <div className={styles.articleGrid}>
        <label className={styles.field}>
          <span>{t('articleId')}</span>
          <input
            ref={idInput}
            value={draft.id}
            aria-describedby={field('id-hint')}
            spellCheck={false}
            onChange={(e) => dispatch({ type: 'set-id', id: e.target.value.trim() })}
          />
          <small id={field('id-hint')} className={styles.hint}>
            {t('articleIdHint')}
          </small>
        </label>
        <label className={styles.field}>
          <span>{t('year')}</span>
          <input
            inputMode="numeric"
            value={yearText}
            aria-describedby={field('year-hint')}
            onChange={(e) => setYearText(e.target.value)}
          />
          <small id={field('year-hint')} className={styles.hint}>
            {t('yearHint')}
          </small>
        </label>
        {title('headline')}
        {title('subheadline')}
        <label className={styles.field}>
          <span>{t('section')}</span>
          <select
            value={draft.section ?? ''}
            lang="zh-CN"
            onChange={(e) => dispatch({ type: 'set-section', section: e.target.value || null })}
          >
            <LineOptions lines={lines} none={t('none')} />
          </select>
        </label>
        {bylines.length > 0 ? (
          <label className={styles.check}>
            <input
              type="checkbox"
              checked={draft.bylines}
              onChange={(e) => dispatch({ type: 'set-bylines', keep: e.target.checked })}
            />
            <span lang="zh-CN">
              {t('bylines', {
                names: bylines
                  .map((b) => `${b.role} ${b.names.join(' ')}`)
                  .join(t('bylineSeparator')),
              })}
            </span>
          </label>
        ) : (
          <span className={styles.hint}>{t('noBylines')}</span>
        )}
      </div>
      {issues.length > 0 && (
        <ul className={styles.issues} aria-label={t('articleIssues')}>
          {issues.slice(0, 8).map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
          {issues.length > 8 && <li>{t('moreIssues', { count: issues.length - 8 })}</li>}
        </ul>
      )}
    </fieldset>
  );
}
