import type { Department } from '../dataset-schema.ts';
import { findAll, normalizeText } from '../source-text.ts';
import type { CategoryEntry } from '../vocabulary-schema.ts';

/**
 * Suggestions the workbench fills in for the editor to confirm or change: never a figure's value,
 * only which of the known names fits. Each is null where nothing fits clearly.
 */

/** The length of the longest run of characters the two texts share. */
function longestShared(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = i + best + 1; j <= a.length && b.includes(a.slice(i, j)); j++) best = j - i;
  }
  return best;
}

/**
 * The category whose Chinese name shares the most with the metric (党建品牌 for 支部党建品牌,
 * 活动场次 for 送疾病预防控制知识活动场次), at least two characters and no tie.
 */
export function categoryFromMetric(
  metric: string,
  categories: readonly CategoryEntry[],
): string | null {
  const scored = categories
    .map((c) => ({ id: c.category, score: longestShared(metric, c.name.zh) }))
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score < 2 || (second && second.score === first.score)) return null;
  return first.id;
}

/** The department the text names most often (full or short name), if one leads. */
export function departmentInText(text: string, departments: readonly Department[]): string | null {
  const folded = normalizeText(text).text;
  const counts = departments
    .map((d) => {
      const names = [...new Set([d.name.zh, d.shortName.zh])].map((n) => normalizeText(n).text);
      // A short name inside the full one is not counted twice.
      const full = findAll(folded, names[0] ?? '').length;
      const short = names[1] ? findAll(folded, names[1]).length : 0;
      return { id: d.id, count: Math.max(full, short) };
    })
    .sort((a, b) => b.count - a.count);
  const [first, second] = counts;
  if (!first || first.count === 0 || (second && second.count === first.count)) return null;
  return first.id;
}
