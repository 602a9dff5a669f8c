import type { Figure, Qualifier } from './dataset-schema.ts';
import { PERCENT_UNIT, POINTS_UNIT } from './vocabulary.ts';

/**
 * How sure a derived figure is. Dividing a lower bound by an exact number gives a lower bound;
 * by a lower bound, an upper bound; an upper bound by a lower bound, an upper bound; a range by
 * an exact number, a range; two lower bounds (or two upper bounds) say nothing for certain.
 */
export type DerivedQualifier = Qualifier | 'indeterminate';

export type DerivedFigure = {
  id: string;
  group: string;
  department: string;
  /** Person-times per session: numerator ÷ denominator; a range's lower end. */
  value: number;
  /** The upper end, when the quotient is a range. */
  valueMax?: number;
  qualifier: DerivedQualifier;
  numerator: Figure;
  denominator: Figure;
};

type Bounds = { low: number; high: number };

/** What a figure says about the true value, as an interval; counts are never negative. */
function boundsOf(figure: Pick<Figure, 'value' | 'valueMax' | 'qualifier'>): Bounds {
  switch (figure.qualifier) {
    case 'atLeast':
      return { low: figure.value, high: Infinity };
    case 'atMost':
      return { low: 0, high: figure.value };
    case 'range':
      return { low: figure.value, high: figure.valueMax ?? figure.value };
    default:
      return { low: figure.value, high: figure.value };
  }
}

const quotient = (a: number, b: number) => (b === Infinity ? 0 : b === 0 ? Infinity : a / b);

/** The quotient of two figures with its qualifier, by interval division ([a, b] ÷ [c, d]). */
function divide(numerator: Figure, denominator: Figure): Omit<DerivedFigure, 'id' | 'group'> {
  const base = { department: numerator.department, numerator, denominator };
  const estimate = numerator.value / denominator.value;
  if (numerator.qualifier === 'approx' || denominator.qualifier === 'approx') {
    return { ...base, value: estimate, qualifier: 'approx' };
  }
  const n = boundsOf(numerator);
  const d = boundsOf(denominator);
  const low = quotient(n.low, d.high);
  const high = quotient(n.high, d.low);
  if (low === high) return { ...base, value: low, qualifier: 'exact' };
  if (high === Infinity) {
    return low > 0
      ? { ...base, value: low, qualifier: 'atLeast' }
      : { ...base, value: estimate, qualifier: 'indeterminate' };
  }
  if (low === 0) return { ...base, value: high, qualifier: 'atMost' };
  return { ...base, value: low, valueMax: high, qualifier: 'range' };
}

const isShare = (figure: Figure) => figure.unit === PERCENT_UNIT || figure.unit === POINTS_UNIT;

/**
 * Person-times per session for every activity group that prints both how many sessions it held
 * (category `outreach-sessions`) and how many person-times it reached (`outreach-reach`).
 * Computed here, never stored in the data, and always shown as derived with its formula.
 * Percentages are never divided.
 */
export function derivePerSession(figures: readonly Figure[]): DerivedFigure[] {
  const byGroup = new Map<string, Figure[]>();
  for (const figure of figures) {
    if (!figure.group) continue;
    byGroup.set(figure.group, [...(byGroup.get(figure.group) ?? []), figure]);
  }
  const derived: DerivedFigure[] = [];
  for (const [group, members] of byGroup) {
    const sessions = members.filter((figure) => figure.category === 'outreach-sessions');
    const reach = members.filter((figure) => figure.category === 'outreach-reach');
    // Only an unambiguous pair divides: one count of sessions, one of person-times.
    if (sessions.length !== 1 || reach.length !== 1) continue;
    const [denominator] = sessions as [Figure];
    const [numerator] = reach as [Figure];
    if (denominator.value === 0 || isShare(numerator) || isShare(denominator)) continue;
    derived.push({ id: `${group}-per-session`, group, ...divide(numerator, denominator) });
  }
  return derived;
}
