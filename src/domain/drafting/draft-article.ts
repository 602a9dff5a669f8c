import type { DraftArticleFile, DraftFigure } from '../dataset-schema.ts';
import { findAll, normalizeText } from '../source-text.ts';
import type { DraftCandidate, DraftExclusion, DraftReading } from './read-draft.ts';

/** What `npm run data:draft -- --json` prints: one object, the candidates and the exclusions. */
export type DraftJson = { candidates: DraftCandidate[]; excluded: DraftExclusion[] };

/** The reading as the `--json` output: only the fields of the contract, in its order. */
export function draftJson(reading: DraftReading): DraftJson {
  return {
    candidates: reading.candidates.map((c) => ({
      text: c.text,
      start: c.start,
      end: c.end,
      value: c.value,
      ...(c.valueMax !== undefined ? { valueMax: c.valueMax } : {}),
      unit: c.unit,
      qualifier: c.qualifier,
      kind: c.kind,
      quote: c.quote,
      ...(c.date !== undefined ? { date: c.date } : {}),
      ...(c.dateBasis !== undefined ? { dateBasis: c.dateBasis } : {}),
    })),
    excluded: reading.excluded.map(({ text, start, end, reason }) => ({
      text,
      start,
      end,
      reason,
    })),
  };
}

/** Marks the ignore entries a draft lists for review: the reader excludes them by itself. */
export const READER_EXCLUSION_MARK = 'excluded by the reader';

/**
 * A draft article file (`data/articles/<id>.json`) from a reading: a figure for every candidate,
 * its names (department, metric, category, and a unit the page does not print) left null for the
 * editor; every excluded numeral in `ignoredNumerals` with its reason, for review. The data check
 * lists what is left and the build refuses the file until `draft` is removed.
 */
export function draftArticleFile(id: string, reading: DraftReading): DraftArticleFile {
  const figures = reading.candidates.map((c, i): DraftFigure => ({
    id: `${id}-${i + 1}`,
    department: null,
    metric: null,
    category: null,
    value: c.value,
    ...(c.valueMax !== undefined ? { valueMax: c.valueMax } : {}),
    unit: c.unit,
    qualifier: c.qualifier,
    date: c.date ?? null,
    dateBasis: c.dateBasis ?? null,
    ...(c.dateNote ? { dateNote: c.dateNote } : {}),
    quote: c.quote,
    ...(c.numeral ? { numeral: c.numeral } : {}),
  }));
  // An entry covers every place its words occur: one that would also cover a figure's number
  // is left out (the reader excludes that place anyway).
  const numbers = reading.candidates.map((c) => c.number);
  const seen = new Set<string>();
  const ignoredNumerals = reading.excluded.flatMap((e) => {
    const needle = normalizeText(e.printed).text;
    if (seen.has(needle)) return [];
    seen.add(needle);
    const covers = findAll(reading.norm.text, needle).some((at) =>
      numbers.some((n) => n.start < at + needle.length && n.end > at),
    );
    return covers
      ? []
      : [{ text: e.printed, reason: `${READER_EXCLUSION_MARK} (${e.reason}): ${e.explanation}` }];
  });
  return {
    $schema: '../schema/article.schema.json',
    draft: true,
    id,
    source: `sources/${id}.txt`,
    headline: null,
    subheadline: null,
    section: null,
    bylines: reading.bylines,
    publication: { name: null, date: null, dateBasis: null },
    departments: [],
    groups: [],
    figures,
    events: [],
    lists: [],
    ignoredNumerals,
  };
}
