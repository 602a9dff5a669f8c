import type { Figure } from '../domain/dataset-schema.ts';

/** A figure for a test table: only what the test names differs from a plain exact count. */
export function makeFigure(id: string, extra: Partial<Figure> = {}): Figure {
  return {
    id,
    department: 'd',
    article: 'a',
    metric: { zh: id, en: id },
    category: 'services',
    value: 1,
    unit: '项',
    qualifier: 'exact',
    date: '2023',
    dateBasis: 'inferred',
    dateNote: 'the year printed on the page',
    quote: id,
    ...extra,
  };
}

/** Just what reading a value from its quote needs: the quote, the value and how it is qualified. */
export function quotedFigure(
  quote: string,
  value: number,
  unit: Figure['unit'],
  qualifier: Figure['qualifier'],
  valueMax?: number,
) {
  return { quote, value, unit, qualifier, ...(valueMax === undefined ? {} : { valueMax }) };
}
