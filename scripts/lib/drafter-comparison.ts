import type { ArticleFile } from '../../src/domain/dataset-schema.ts';
import { readDraft, type DraftedQuantity } from '../../src/domain/drafting/read-draft.ts';
import { findAll, normalizeText } from '../../src/domain/source-text.ts';

/** How a curated figure compares with what the drafter makes of its text. */
export type DraftComparison = {
  figureId: string;
  /** The drafted figure at the curated figure's number, if the drafter found one there. */
  drafted: DraftedQuantity | null;
  /** The fields the drafter got wrong (value, valueMax, unit, qualifier, date, dateBasis). */
  misses: string[];
};

/**
 * Drafts an article's text and holds every curated figure against the drafted figure at the same
 * printed number (found from the curated quote and numeral): does the draft give the value,
 * bounds, unit, qualifier and date without a hand edit?
 */
export function compareWithDraft(
  article: Pick<ArticleFile, 'figures'>,
  text: string,
  options: { year?: number; units?: readonly string[] } = {},
): DraftComparison[] {
  const reading = readDraft(text, options);
  const norm = reading.norm.text;
  return article.figures.map((figure) => {
    const quote = normalizeText(figure.quote).text;
    const [at] = findAll(norm, quote);
    let drafted: DraftedQuantity | null = null;
    if (at !== undefined) {
      const inQuote = reading.candidates.filter(
        (c) => c.number.start >= at && c.number.end <= at + quote.length,
      );
      const needle = figure.numeral ? normalizeText(figure.numeral).text : null;
      const offset = needle ? quote.indexOf(needle) : -1;
      drafted =
        needle && offset >= 0
          ? (inQuote.find((c) => c.number.start <= at + offset && c.number.end > at + offset) ??
            null)
          : inQuote.length === 1
            ? (inQuote[0] ?? null)
            : null;
    }
    const misses = drafted
      ? (
          [
            ['value', figure.value, drafted.value],
            ['valueMax', figure.valueMax, drafted.valueMax],
            ['unit', figure.unit, drafted.unit],
            ['qualifier', figure.qualifier, drafted.qualifier],
            ['date', figure.date, drafted.date],
            ['dateBasis', figure.dateBasis, drafted.dateBasis],
          ] as const
        ).flatMap(([field, curated, draft]) =>
          curated === draft ? [] : [`${field}: ${String(draft)} (curated ${String(curated)})`],
        )
      : ['not drafted'];
    return { figureId: figure.id, drafted, misses };
  });
}
