import type { DepartmentNote } from '../../../domain/department-slide-plan.ts';
import type { FilteredDataset } from '../../../domain/filter-dataset.ts';
import { formatIsoDate } from '../../../domain/format-date.ts';
import { formatNameList } from '../../../domain/name-list.ts';
import { useLocale, useT } from '../../../ui/locale-context.tsx';
import styles from './slides.module.css';

export type NoteListProps = {
  notes: readonly DepartmentNote[];
  dataset: FilteredDataset;
  columns: 1 | 2;
};

/** A department's events and named lists in the report's words, as many as the plan gave. */
export function NoteList({ notes, dataset, columns }: NoteListProps) {
  const t = useT();
  const locale = useLocale();
  const events = new Map(dataset.events.map((event) => [event.id, event]));
  const lists = new Map(dataset.lists.map((list) => [list.id, list]));
  return (
    <section className={`${styles.frame} ${styles.notes}`} aria-labelledby="present-notes">
      <h2 id="present-notes" className={styles.frameTitle}>
        {t('present.eventsAndLists')}
      </h2>
      <ul className={styles.noteList} data-columns={columns}>
        {notes.map((note) => {
          if (note.kind === 'event') {
            const event = events.get(note.id);
            if (!event) return null;
            return (
              <li
                key={note.id}
                data-clamped
                title={`${formatIsoDate(event.date, locale)} ${event.title[locale]}\n${event.quote}`}
              >
                <span className={styles.noteDate}>{formatIsoDate(event.date, locale)}</span>
                <strong>{event.title[locale]}</strong>
                <q className={styles.noteQuote} lang="zh-CN">
                  {event.quote}
                </q>
              </li>
            );
          }
          const list = lists.get(note.id);
          if (!list) return null;
          const items = formatNameList(
            list.items.map((item) => item.name[locale]),
            locale,
          );
          const name = t('present.listItems', {
            name: list.name[locale],
            count: list.items.length,
          });
          // Clamped to its lines; the whole entry is its tooltip.
          return (
            <li key={note.id} data-kind="list" data-clamped title={`${name}\n${items}`}>
              <strong>{name}</strong>
              <span className={styles.noteItems}>{items}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
