import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { resolveName } from '../../domain/editor/resolve-name.ts';
import { categoryFromMetric } from '../../domain/editor/suggest.ts';
import type { Dataset, DateBasis, Qualifier } from '../../domain/dataset-schema.ts';
import type { FigureDecision } from '../../domain/editor/workbench-draft.ts';
import { normalizeText } from '../../domain/source-text.ts';
import { useLocale } from '../../ui/locale-context.tsx';
import { useEditorT } from '../../ui/i18n/editor-messages.ts';
import styles from './workbench.module.css';

const QUALIFIERS: Qualifier[] = ['exact', 'atLeast', 'atMost', 'approx', 'range'];
const BASES: DateBasis[] = ['printed', 'inferred'];

export type FigureFormProps = {
  heading: string;
  start: FigureDecision;
  dataset: Dataset;
  groups: string[];
  groupEn: (zh: string) => string;
  /** The words the editor has selected in the article text, if any. */
  selection: () => string;
  onSave: (decision: FigureDecision, groupEn: string) => void;
  onCancel: () => void;
};

/** A field filled in for the editor is selected on entry: typing replaces it, arrows keep it. */
const selectAll = (event: FocusEvent<HTMLInputElement>) => event.currentTarget.select();

/** Stops Escape at the form, where it cancels. */
function onEscape(cancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    cancel();
  };
}

/**
 * A candidate accepted as a figure: the reader's value, unit, qualifier, date and quote filled in,
 * the editor names what is counted, the department and the category. Enter saves, Escape cancels.
 */
export function FigureForm({
  heading,
  start,
  dataset,
  groups,
  groupEn,
  selection,
  onSave,
  onCancel,
}: FigureFormProps) {
  const t = useEditorT();
  const locale = useLocale();
  const id = useId();
  const [figure, setFigure] = useState(start);
  // Until the editor sets the category, it follows the metric's words (活动场次 for …活动场次).
  const [categoryTouched, setCategoryTouched] = useState(
    start.category !== '' && start.metric.zh !== '',
  );
  const [groupName, setGroupName] = useState(() => groupEn(start.group));
  const [note, setNote] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = <K extends keyof FigureDecision>(key: K, value: FigureDecision[K]) =>
    setFigure((f) => ({ ...f, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { valueMax, ...rest } = figure;
    onSave(rest.qualifier === 'range' && valueMax !== undefined ? figure : rest, groupName);
  };
  const field = (name: string) => `${id}-${name}`;
  // What the editor typed is not dropped by a stray Escape: a changed form asks first.
  const cancel = () => {
    const changed = JSON.stringify(figure) !== JSON.stringify(start);
    if (!changed || window.confirm(t('discardForm'))) onCancel();
  };
  const categories = useMemo(
    () =>
      dataset.vocabulary.categories.map((c) => ({
        id: c.category,
        names: [c.name.zh, c.name.en],
      })),
    [dataset],
  );
  const departments = useMemo(
    () =>
      dataset.departments.map((d) => ({
        id: d.id,
        names: [d.name.zh, d.name.en, d.shortName.zh, d.shortName.en],
      })),
    [dataset],
  );
  return (
    <form className={styles.form} onSubmit={submit} onKeyDown={onEscape(cancel)}>
      <h2 className={styles.formHeading} lang="zh-CN">
        {heading}
      </h2>
      <div className={styles.formFields}>
        <label className={styles.field}>
          <span>{t('metricZh')}</span>
          <input
            ref={first}
            value={figure.metric.zh}
            lang="zh-CN"
            onChange={(e) => {
              const zh = e.target.value;
              setFigure((f) => ({
                ...f,
                metric: { ...f.metric, zh },
                category: categoryTouched
                  ? f.category
                  : (categoryFromMetric(zh, dataset.vocabulary.categories) ?? start.category),
              }));
            }}
          />
        </label>
        <label className={styles.field}>
          <span>{t('metricEn')}</span>
          <input
            value={figure.metric.en}
            lang="en"
            onChange={(e) => set('metric', { ...figure.metric, en: e.target.value })}
          />
        </label>
        <label className={styles.field}>
          <span>{t('category')}</span>
          <input
            value={figure.category}
            list={field('categories')}
            spellCheck={false}
            onFocus={selectAll}
            onChange={(e) => {
              setCategoryTouched(true);
              set('category', resolveName(e.target.value, categories));
            }}
          />
        </label>
        <datalist id={field('categories')}>
          {dataset.vocabulary.categories.map((c) => (
            <option key={c.category} value={c.category}>
              {c.name[locale]}
            </option>
          ))}
        </datalist>
        <label className={styles.field}>
          <span>{t('department')}</span>
          <input
            value={figure.department}
            list={field('departments')}
            spellCheck={false}
            onFocus={selectAll}
            onChange={(e) => set('department', resolveName(e.target.value, departments))}
          />
        </label>
        <datalist id={field('departments')}>
          {dataset.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name[locale]}
            </option>
          ))}
        </datalist>
        <div className={styles.wide}>
          <label htmlFor={field('quote')}>{t('quote')}</label>
          <div className={styles.quoteField}>
            <input
              id={field('quote')}
              value={figure.quote}
              lang="zh-CN"
              onFocus={selectAll}
              onChange={(e) => set('quote', e.target.value)}
            />
            <button
              type="button"
              onClick={() => {
                const words = normalizeText(selection()).text;
                if (words) {
                  set('quote', words);
                  setNote(null);
                } else setNote(t('noSelection'));
              }}
            >
              {t('quoteFromSelection')}
            </button>
          </div>
        </div>
        {note && (
          <p role="status" className={styles.fieldNote}>
            {note}
          </p>
        )}
        <label className={styles.field}>
          <span>{t('unit')}</span>
          <input
            value={figure.unit}
            list={field('units')}
            onFocus={selectAll}
            onChange={(e) => set('unit', e.target.value)}
          />
        </label>
        <datalist id={field('units')}>
          {dataset.vocabulary.units.map((u) => (
            <option key={u.unit} value={u.unit}>
              {u.name[locale]}
            </option>
          ))}
        </datalist>
        <label className={styles.field}>
          <span>{t('value')}</span>
          <input
            type="number"
            min={0}
            step="any"
            value={figure.value}
            onChange={(e) => set('value', Number(e.target.value))}
          />
        </label>
        <label className={styles.field}>
          <span>{t('qualifier')}</span>
          <select
            value={figure.qualifier}
            onChange={(e) => set('qualifier', e.target.value as Qualifier)}
          >
            {QUALIFIERS.map((q) => (
              <option key={q} value={q}>
                {t(`qualifier_${q}`)}
              </option>
            ))}
          </select>
        </label>
        {figure.qualifier === 'range' && (
          <label className={styles.field}>
            <span>{t('valueMax')}</span>
            <input
              type="number"
              min={0}
              step="any"
              value={figure.valueMax ?? ''}
              onChange={(e) => set('valueMax', Number(e.target.value))}
            />
          </label>
        )}
        <label className={styles.field}>
          <span>{t('date')}</span>
          <input
            value={figure.date}
            placeholder={t('dateHint')}
            onFocus={selectAll}
            onChange={(e) => set('date', e.target.value)}
          />
        </label>
        <label className={styles.field}>
          <span>{t('dateBasis')}</span>
          <select
            value={figure.dateBasis}
            onChange={(e) => set('dateBasis', e.target.value as DateBasis)}
          >
            {BASES.map((b) => (
              <option key={b} value={b}>
                {t(`basis_${b}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.wide}>
          <span>{t('dateNote')}</span>
          <input value={figure.dateNote} onChange={(e) => set('dateNote', e.target.value)} />
        </label>
        <label className={styles.field}>
          <span>{t('group')}</span>
          <input
            value={figure.group}
            list={field('groups')}
            lang="zh-CN"
            onChange={(e) => {
              set('group', e.target.value);
              setGroupName(groupEn(e.target.value.trim()));
            }}
          />
        </label>
        <datalist id={field('groups')}>
          {groups.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
        {figure.group.trim() !== '' && (
          <label className={styles.field}>
            <span>{t('groupEn')}</span>
            <input value={groupName} lang="en" onChange={(e) => setGroupName(e.target.value)} />
          </label>
        )}
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={figure.headline}
            onChange={(e) => set('headline', e.target.checked)}
          />
          {t('headlineFlag')}
        </label>
      </div>
      <div className={styles.row}>
        <button type="submit" className={styles.primary}>
          {t('save')}
        </button>
        <button type="button" onClick={cancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

export type ExcludeFormProps = {
  heading: string;
  start: string;
  onSave: (reason: string) => void;
  onCancel: () => void;
};

/** A candidate that is no figure, with the reason the ignore list will carry. */
export function ExcludeForm({ heading, start, onSave, onCancel }: ExcludeFormProps) {
  const t = useEditorT();
  const id = useId();
  const [reason, setReason] = useState(start);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className={styles.form}
      onKeyDown={onEscape(onCancel)}
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim()) onSave(reason.trim());
      }}
    >
      <h2 className={styles.formHeading} lang="zh-CN">
        {heading}
      </h2>
      <label htmlFor={id}>{t('excludeReason')}</label>
      <input
        id={id}
        ref={input}
        required
        value={reason}
        placeholder={t('excludeReasonHint')}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className={styles.row}>
        <button type="submit" className={styles.primary}>
          {t('exclude')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
