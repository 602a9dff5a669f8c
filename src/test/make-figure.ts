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
