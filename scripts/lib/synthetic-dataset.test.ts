// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkDataset, type CheckInput } from '../../src/domain/dataset-check.ts';
import type { Dataset } from '../../src/domain/dataset-schema.ts';
import { parseDataset } from '../../src/domain/parse-dataset.ts';
import { code, syntheticCounts, syntheticDataset, SYNTHETIC_YEARS } from './synthetic-dataset.ts';

/** Lays a served dataset back out as the editor's files, so the data check can run on it. */
function toCheckInput(dataset: Dataset): CheckInput {
  return {
    departments: {
      file: 'synthetic/departments.json',
      content: { departments: dataset.departments },
    },
    vocabulary: { file: 'synthetic/vocabulary.json', content: dataset.vocabulary },
    articles: dataset.articles.map(({ text, ...article }) => {
      const own = <T extends { article: string }>(records: readonly T[]) =>
        records
          .filter((r) => r.article === article.id)
          .map(({ article: _article, ...rest }) => rest);
      return {
        file: `synthetic/articles/${article.id}.json`,
        sourceFile: `synthetic/${article.source}`,
        text,
        content: {
          ...article,
          figures: own(dataset.figures),
          events: own(dataset.events),
          lists: own(dataset.lists),
          ignoredNumerals: [],
        },
      };
    }),
  };
}

describe('syntheticCounts', () => {
  it.each([
    [1, { departments: 5, articles: 5, figures: 31, events: 5, lists: 17 }],
    [100, { departments: 108, articles: 400, figures: 3100, events: 500, lists: 1700 }],
    [1000, { departments: 500, articles: 4000, figures: 31000, events: 5000, lists: 17000 }],
  ])('at %i× holds %j', (scale, counts) => {
    expect(syntheticCounts({ scale })).toEqual(counts);
  });
});

describe('code', () => {
  it.each([
    [0, '甲'],
    [12, '乙丙'],
    [907, '癸甲辛'],
  ])('spells %i as %s', (n, spelled) => expect(code(n)).toBe(spelled));
});

describe('syntheticDataset', () => {
  const dataset = syntheticDataset({ scale: 1 });

  it('passes the app’s parse and validate path at 1×', () => {
    const result = parseDataset(dataset, 'synthetic.json');
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('passes the data check: every quote is in its text with the numeral of its value', () => {
    expect(checkDataset(toCheckInput(dataset))).toEqual([]);
  });

  it('would fail the data check with a value its quote does not print', () => {
    const [first, ...rest] = dataset.figures;
    const broken = { ...dataset, figures: [{ ...first!, value: first!.value + 1 }, ...rest] };
    expect(checkDataset(toCheckInput(broken)).map((issue) => issue.path)).toEqual([
      '$.figures[0].value',
    ]);
  });

  it('passes the data check with 200-character names', () => {
    const long = syntheticDataset({ scale: 2, departments: 12, nameLength: 200 });
    expect(long.departments.every((d) => d.name.zh.length === 200)).toBe(true);
    expect(long.departments.every((d) => d.shortName.en.length === 200)).toBe(true);
    expect(parseDataset(long, 'synthetic.json').ok).toBe(true);
    expect(checkDataset(toCheckInput(long))).toEqual([]);
  });

  it('marks every name and headline as synthetic', () => {
    expect(dataset.title.zh).toContain('合成');
    for (const d of dataset.departments) {
      expect(d.name.zh.startsWith('合成')).toBe(true);
      expect(d.name.en.startsWith('Synthetic')).toBe(true);
    }
    for (const a of dataset.articles) expect(a.headline?.zh.startsWith('合成')).toBe(true);
    for (const f of dataset.figures) expect(f.metric.zh.startsWith('合成')).toBe(true);
  });

  it('spreads the records over ten years', () => {
    const years = new Set(syntheticDataset({ scale: 10 }).figures.map((f) => f.date.slice(0, 4)));
    expect([...years].sort()).toEqual(SYNTHETIC_YEARS);
  });

  it('gives the same dataset for the same options', () => {
    expect(syntheticDataset({ scale: 1 })).toEqual(dataset);
  });
});
