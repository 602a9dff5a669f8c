import { sampleDataset } from '../test/sample-dataset.ts';
import { datasetSchema } from './dataset-schema.ts';
import { formatFigureValue, formatMagnitude } from './format-number.ts';
import { formatJsonPath } from './result.ts';
import { vocabularyNames } from './vocabulary.ts';

const names = vocabularyNames(sampleDataset.vocabulary);

/** The sample dataset as JSON text with the first figure's field replaced by raw JSON. */
function withFirstFigure(field: string, rawJson: string): unknown {
  const [first, ...rest] = sampleDataset.figures;
  const marker = '"__REPLACE__"';
  const text = JSON.stringify({
    ...sampleDataset,
    figures: [{ ...first, [field]: '__REPLACE__' }, ...rest],
  });
  return JSON.parse(text.replace(marker, rawJson));
}

function issues(input: unknown) {
  const parsed = datasetSchema.safeParse(input);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${formatJsonPath(issue.path)}: ${issue.message}`);
}

describe('the dataset schema on extreme values', () => {
  it.each([
    ['0', 0],
    ['1e15', 1e15],
    ['343.76e4', 3437600],
  ])('accepts the value %s', (raw, expected) => {
    const input = withFirstFigure('value', raw);
    expect(issues(input)).toEqual([]);
    expect(datasetSchema.parse(input).figures[0]?.value).toBe(expected);
  });

  it.each([
    ['Infinity (JSON 1e999)', '1e999', 'value must be a finite number, not Infinity'],
    ['-Infinity (JSON -1e999)', '-1e999', 'value must be a finite number, not -Infinity'],
    ['a negative count', '-5', 'value must not be negative: figures count things'],
    ['a string', '"5525"', 'value must be a number'],
    ['null', 'null', 'value must be a number'],
  ])('rejects %s with its reason at the field', (_name, raw, message) => {
    expect(issues(withFirstFigure('value', raw))).toEqual([`$.figures[0].value: ${message}`]);
  });

  it('rejects NaN, which JSON cannot carry but a script can', () => {
    const [first, ...rest] = sampleDataset.figures;
    const input = { ...sampleDataset, figures: [{ ...first, value: Number.NaN }, ...rest] };
    expect(issues(input)).toEqual(['$.figures[0].value: value must be a finite number, not NaN']);
  });

  // Whether a unit is known is the vocabulary's business (parse-dataset, data:check).
  it.each([
    ['""', 'unit must not be empty: the unit printed after the number (人, 元, %, 百分点 …)'],
    ['null', 'unit is required: the unit printed after the number (人, 元, %, 百分点 …)'],
  ])('rejects the unit %s, saying what a unit is', (raw, message) => {
    expect(issues(withFirstFigure('unit', raw))).toEqual([`$.figures[0].unit: ${message}`]);
  });

  it('accepts a figure marked as its department’s headline', () => {
    expect(issues(withFirstFigure('headline', 'true'))).toEqual([]);
  });

  // Only the mark is data: false would be a second way of saying nothing.
  it.each(['false', '"yes"'])('rejects headline %s, saying what it may be', (raw) => {
    expect(issues(withFirstFigure('headline', raw))).toEqual([
      '$.figures[0].headline: headline is either true or left out: mark one figure per department',
    ]);
  });

  it('accepts an empty dataset: no departments, articles or figures', () => {
    const empty = {
      ...sampleDataset,
      departments: [],
      articles: [],
      figures: [],
      events: [],
      lists: [],
    };
    expect(issues(empty)).toEqual([]);
  });
});

describe('formatting a value of 1e15', () => {
  it.each([
    // 万亿 as Intl.NumberFormat writes it (and as papers print trillions); exact in both.
    ['zh', '1000万亿'],
    ['en', '1000 trillion'],
  ] as const)('writes it in %s as %s, without exponent or rounding', (locale, expected) => {
    expect(formatMagnitude(1e15, locale)).toBe(expected);
  });

  it('keeps the unit and the bound: 1000余万亿元, as 7000余万元', () => {
    expect(formatFigureValue({ value: 1e15, unit: '元', qualifier: 'atLeast' }, 'zh', names)).toBe(
      '1000余万亿元',
    );
  });
});
