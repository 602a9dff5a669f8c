import { figureValueText } from './figure-text.ts';
import type { UnitNames } from './format-number.ts';
import type { Locale } from './locale.ts';
import type { DatedRecord } from './timeline-model.ts';

/** What a dated record is called: an event's title, or a figure's metric and value. */
export function recordTitle(record: DatedRecord, locale: Locale, names: UnitNames): string {
  return record.kind === 'event'
    ? record.record.title[locale]
    : `${record.record.metric[locale]} ${figureValueText(record.record, locale, names)}`;
}
