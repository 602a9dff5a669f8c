import type { Figure, Qualifier } from './dataset-schema.ts';

/**
 * How sure a derived figure is. Dividing a lower bound by an exact number gives a lower bound;
 * by a lower bound, an upper bound; two lower bounds say nothing for certain.
 */
export type DerivedQualifier = Qualifier | 'atMost' | 'indeterminate';

export type DerivedFigure = {
  id: string;
  group: string;
  department: string;
  /** Person-times per session: numerator ÷ denominator. */
  value: number;
  qualifier: DerivedQualifier;
  numerator: Figure;
  denominator: Figure;
};

function divideQualifiers(numerator: Qualifier, denominator: Qualifier): DerivedQualifier {
  if (numerator === 'approx' || denominator === 'approx') return 'approx';
  if (numerator === 'exact' && denominator === 'exact') return 'exact';
  if (numerator === 'atLeast' && denominator === 'exact') return 'atLeast';
  if (numerator === 'exact' && denominator === 'atLeast') return 'atMost';
  return 'indeterminate';
}

/**
 * Person-times per session for every activity group that prints both how many sessions it held
 * (category `outreach-sessions`) and how many person-times it reached (`outreach-reach`).
 * Computed here, never stored in the data, and always shown as derived with its formula.
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
    if (denominator.value === 0) continue;
    derived.push({
      id: `${group}-per-session`,
      group,
      department: numerator.department,
      value: numerator.value / denominator.value,
      qualifier: divideQualifiers(numerator.qualifier, denominator.qualifier),
      numerator,
      denominator,
    });
  }
  return derived;
}
