import type { Figure } from '../domain/dataset-schema.ts';
import { formatIsoDate } from '../domain/format-date.ts';
import { useLocale, useT } from './locale-context.tsx';

export type FigureDateProps = { record: Pick<Figure, 'date' | 'dateBasis' | 'dateNote'> };

/** A record's date at its printed precision; an inferred date says so, with the reason on hover. */
export function FigureDate({ record }: FigureDateProps) {
  const locale = useLocale();
  const t = useT();
  const text = formatIsoDate(record.date, locale);
  if (record.dateBasis === 'printed') return <time dateTime={record.date}>{text}</time>;
  return (
    <time dateTime={record.date} title={record.dateNote} className="date-inferred">
      {text}
      <span className="date-inferred__mark">{t('figure.inferredMark')}</span>
    </time>
  );
}
