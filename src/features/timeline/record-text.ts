import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { figureValueText } from '../../domain/figure-text.ts';
import type { Locale } from '../../domain/locale.ts';
import type { DatedRecord } from './timeline-model.ts';

/** What a dated record is called: an event's title, or a figure's metric and value. */
export function recordTitle(record: DatedRecord, locale: Locale): string {
  return record.kind === 'event'
    ? record.record.title[locale]
    : `${record.record.metric[locale]} ${figureValueText(record.record, locale)}`;
}

/** The short name of a record's department, or its id when the dataset does not know it. */
export function departmentName(index: DatasetIndex, id: string, locale: Locale): string {
  return index.departmentName(id, locale);
}
