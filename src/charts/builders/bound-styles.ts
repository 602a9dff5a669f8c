import type { Qualifier } from '../../domain/dataset-schema.ts';

/** Lines that show on the light theme's darker bars; the dark theme passes dark ones. */
export const DEFAULT_HATCH = 'rgba(255, 255, 255, 0.6)';

const hatching = (rotation: number, hatch: string) => ({
  symbol: 'rect' as const,
  dashArrayX: [1, 0],
  dashArrayY: [3, 5],
  rotation,
  color: hatch,
});

/**
 * How a bar says what kind of number it is, never by colour alone (the colour is the
 * department's): a lower bound (余, 超) is hatched one way with a dashed outline, an upper bound
 * (不足, 以内) the other way, an estimate (约) has a dotted outline, a range (七八个) is the span
 * between its ends, striped. Each has its legend entry (docs/decisions/011, 013).
 */
export function qualifierItemStyle(qualifier: Qualifier, hatch: string = DEFAULT_HATCH) {
  switch (qualifier) {
    case 'exact':
      return {};
    case 'atLeast':
      return {
        decal: hatching(-Math.PI / 4, hatch),
        borderType: 'dashed' as const,
        borderWidth: 2,
      };
    case 'atMost':
      return { decal: hatching(Math.PI / 4, hatch), borderType: 'dashed' as const, borderWidth: 2 };
    case 'approx':
      return { borderType: 'dotted' as const, borderWidth: 3 };
    case 'range':
      return { decal: hatching(Math.PI / 2, hatch), borderType: 'solid' as const, borderWidth: 2 };
  }
}

/** Diagonal hatching plus a dashed outline: a lower bound must not look like an exact bar. */
export function lowerBoundItemStyle(hatch: string = DEFAULT_HATCH) {
  return qualifierItemStyle('atLeast', hatch);
}

/** Every kind of printed number, in the order the legends list them. */
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'atLeast', 'atMost', 'approx', 'range'];

/** Ties a range's span to its invisible base, so the span starts at the range's lower end. */
export const RANGE_STACK = 'range';

type BarRow = { id: string; qualifier: Qualifier; value: number; valueMax?: number | undefined };

/** How long a bar is drawn: a range's span from its lower end (or, on a log axis, to its top). */
export function barLength(row: BarRow, logScale = false): number {
  if (row.qualifier !== 'range' || row.valueMax === undefined) return row.value;
  return logScale ? row.valueMax : row.valueMax - row.value;
}

/** The invisible bar under each range: from zero to the range's lower end. */
export function rangeBase(rows: readonly BarRow[], barMaxWidth: number) {
  return {
    type: 'bar' as const,
    name: '',
    stack: RANGE_STACK,
    barGap: '-100%',
    barMaxWidth,
    silent: true,
    itemStyle: { color: 'transparent' },
    tooltip: { show: false },
    data: rows.map((row) =>
      row.qualifier === 'range' ? { value: row.value, id: row.id } : { value: '-' as const },
    ),
  };
}
