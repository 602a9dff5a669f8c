import type { Locale } from './locale.ts';
import type { UnitEntry, Vocabulary } from './vocabulary-schema.ts';

// Zod-free, so the page can use it: the schema loads only with the validator (ADR 009).

/** The unit of percentages. The reader writes 98.6%, 百分之八 and 6成 in it. */
export const PERCENT_UNIT = '%';
/** The unit of percentage points (提高1.2个百分点). */
export const POINTS_UNIT = '百分点';

/**
 * Dimensions with a meaning in code: each belongs to one unit, and neither is ever summed,
 * stacked, divided or drawn on an axis with anything else.
 */
export const RESERVED_DIMENSIONS = {
  percent: PERCENT_UNIT,
  'percentage-points': POINTS_UNIT,
} as const;

/** Names of units and categories in the interface language, from a dataset's vocabulary. */
export type VocabularyNames = {
  /**
   * The unit word, after a number or as an axis title: Chinese as printed (人次); English from the
   * vocabulary (person-times; the singular when `count` is 1 by the plural rules). A unit the
   * vocabulary does not know is returned as printed.
   */
  unitName: (unit: string, locale: Locale, count?: number) => string;
  /** A category's name (资金 / Money); the id itself when the vocabulary does not know it. */
  categoryName: (category: string, locale: Locale) => string;
  /** What the unit measures (people, money, percent …), or undefined for an unknown unit. */
  unitDimension: (unit: string) => string | undefined;
};

const englishPlural = new Intl.PluralRules('en');

/** Look-ups over a vocabulary, built once per dataset. */
export function vocabularyNames(vocabulary: Vocabulary): VocabularyNames {
  const units = new Map<string, UnitEntry>(vocabulary.units.map((u) => [u.unit, u]));
  const categories = new Map(vocabulary.categories.map((c) => [c.category, c.name]));
  return {
    unitName: (unit, locale, count) => {
      const entry = units.get(unit);
      if (locale === 'zh' || !entry) return unit;
      if (count === undefined) return entry.name.en;
      return englishPlural.select(count) === 'one' ? entry.words.one : entry.words.other;
    },
    categoryName: (category, locale) => categories.get(category)?.[locale] ?? category,
    unitDimension: (unit) => units.get(unit)?.dimension,
  };
}

/** Edit distance (insertions, deletions, substitutions), by code point. */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
    }
    row = next;
  }
  return row[y.length] ?? 0;
}

const sharedCharacters = (a: string, b: string) => {
  const chars = new Set(b);
  return new Set([...a].filter((ch) => chars.has(ch))).size;
};

/**
 * The known names closest to an unknown one, best first: within an edit distance of half its
 * length (公裏 → 公里, outreach-sesions → outreach-sessions), or sharing a character with it
 * when it is a short Chinese name (平米 → 平方米). At most `limit` names.
 */
export function closestNames(name: string, known: readonly string[], limit = 3): string[] {
  const length = [...name].length;
  const scored = known.flatMap((candidate) => {
    const distance = editDistance(name, candidate);
    const shared = sharedCharacters(name, candidate);
    // One character from any other: a one-character name is near none by spelling alone.
    const near = distance <= Math.floor(length / 2);
    const related = length <= 4 && shared > 0 && /[\u3400-\u9fff]/.test(name);
    return near || related ? [{ candidate, distance, shared }] : [];
  });
  return scored
    .sort((a, b) => a.distance - b.distance || b.shared - a.shared)
    .slice(0, limit)
    .map((s) => s.candidate);
}

/**
 * The message for a unit or category the vocabulary does not hold, with the closest known names:
 * `unknown unit "公裏": did you mean 公里? (add it to data/vocabulary.json)`.
 */
export function unknownNameMessage(
  kind: 'unit' | 'category',
  name: string,
  known: readonly string[],
  where: string,
): string {
  const close = closestNames(name, known);
  const quoted = JSON.stringify(name);
  return close.length > 0
    ? `unknown ${kind} ${quoted}: did you mean ${close.join(', ')}? (add it to ${where})`
    : `unknown ${kind} ${quoted}: add it to ${where}, or use one it lists`;
}

/** A problem of a vocabulary entry: where it is and what is wrong. */
export type VocabularyProblem = {
  kind: 'unit' | 'category';
  /** The entry's position in its file's list (see `positions`). */
  index: number;
  id: string;
  field: string;
  message: string;
};

/**
 * What the schema cannot say about a vocabulary: names are unique, a unit holds no scale word
 * (the value does: 7000万元 is 70000000 元), and the reserved dimensions belong to their units.
 * `positions` gives each entry's place in the file when some entries were left out before.
 */
export function vocabularyProblems(
  vocabulary: Vocabulary,
  positions?: { units: readonly number[]; categories: readonly number[] },
): VocabularyProblem[] {
  const problems: VocabularyProblem[] = [];
  const seenUnits = new Map<string, number>();
  vocabulary.units.forEach((entry, i) => {
    const index = positions?.units[i] ?? i;
    const base = { kind: 'unit' as const, index, id: entry.unit };
    const earlier = seenUnits.get(entry.unit);
    if (earlier !== undefined) {
      const message = `unit ${entry.unit} is already defined at units[${earlier}]`;
      problems.push({ ...base, field: 'unit', message });
    } else seenUnits.set(entry.unit, index);
    if (/^[万亿]/.test(entry.unit)) {
      const message = `unit ${entry.unit} starts with the scale word ${entry.unit[0]}: the value holds the scale (7000万元 is 70000000 元)`;
      problems.push({ ...base, field: 'unit', message });
    }
    for (const [dimension, unit] of Object.entries(RESERVED_DIMENSIONS)) {
      if ((entry.dimension === dimension) !== (entry.unit === unit)) {
        const message = `dimension ${dimension} belongs to unit ${unit} alone (and ${unit} to it): they never share an axis with anything else`;
        problems.push({ ...base, field: 'dimension', message });
      }
    }
  });
  const seenCategories = new Map<string, number>();
  vocabulary.categories.forEach((entry, i) => {
    const index = positions?.categories[i] ?? i;
    const earlier = seenCategories.get(entry.category);
    if (earlier === undefined) seenCategories.set(entry.category, index);
    else {
      const message = `category ${entry.category} is already defined at categories[${earlier}]`;
      problems.push({ kind: 'category', index, id: entry.category, field: 'category', message });
    }
  });
  return problems;
}
