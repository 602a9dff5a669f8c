import fc from 'fast-check';
import { sampleDataset } from '../test/sample-dataset.ts';
import type { Dataset } from './dataset-schema.ts';
import { parseDataset, parseWholeDataset, type DatasetParse } from './parse-dataset.ts';

const FILE = 'data/dataset.json';
const [department] = sampleDataset.departments;
const [article] = sampleDataset.articles;
const [villages, people] = sampleDataset.figures;

/** The sample with a second department, its own article, a figure and a list counting it. */
function twoDepartments(): Dataset {
  const other = { ...department!, id: 'other-bureau' };
  const otherArticle = { ...article!, id: 'other-article', departments: ['other-bureau'] };
  const otherFigure = {
    ...villages!,
    id: 'other-figure',
    article: 'other-article',
    department: 'other-bureau',
  };
  return {
    ...sampleDataset,
    departments: [department!, other],
    articles: [article!, otherArticle],
    figures: [villages!, people!, otherFigure],
    lists: [
      {
        id: 'other-list',
        article: 'other-article',
        department: 'other-bureau',
        kind: 'services',
        name: { zh: '服务', en: 'Services' },
        items: [{ name: { zh: '签约', en: 'Contracts' }, quote: '签约' }],
        countFigure: 'other-figure',
      },
    ],
  };
}

function quarantine(parsed: DatasetParse) {
  if (!parsed.ok) throw new Error(`whole file failed: ${JSON.stringify(parsed.issues)}`);
  return parsed.quarantined.map((record) => ({
    path: record.path,
    recordId: record.recordId,
    reasons: record.issues.map((issue) => `${issue.path}: ${issue.message}`),
  }));
}

describe('parseDataset', () => {
  it('keeps a valid dataset whole, with nothing quarantined', () => {
    expect(parseDataset(sampleDataset, FILE)).toEqual({
      ok: true,
      data: sampleDataset,
      quarantined: [],
    });
  });

  it('keeps the valid records and quarantines an invalid one with its path and reason', () => {
    const input = { ...sampleDataset, figures: [{ ...villages!, value: 'many' }, people!] };
    const parsed = parseDataset(input, FILE);
    expect(parsed.ok && parsed.data.figures.map((f) => f.id)).toEqual([people!.id]);
    expect(quarantine(parsed)).toEqual([
      {
        path: '$.figures[0]',
        recordId: villages!.id,
        reasons: ['$.figures[0].value: value must be a number'],
      },
    ]);
  });

  it.each([
    ['a negative count', { value: -3 }, '$.figures[0].value: value must not be negative'],
    [
      'an unknown unit',
      { unit: '公裏' },
      `$.figures[0].unit: unknown unit "公裏": did you mean 公里, 公顷, 公斤? (add it to the dataset's vocabulary (data/vocabulary.json))`,
    ],
    [
      'an unknown category',
      { category: 'coverage-rate' },
      '$.figures[0].category: unknown category "coverage-rate": did you mean coverage?',
    ],
    [
      'a range without its upper end',
      { qualifier: 'range' },
      '$.figures[0].valueMax: qualifier range needs valueMax: the upper end the page prints (七八个 → 8)',
    ],
    [
      'an upper end below the value',
      { qualifier: 'range', valueMax: 12 },
      '$.figures[0].valueMax: valueMax 12 must be larger than value 5525',
    ],
    [
      'an upper end without a range',
      { valueMax: 6000 },
      '$.figures[0].valueMax: valueMax is only for qualifier range (this figure is exact)',
    ],
    ['a date that is no date', { date: '2023-13' }, '$.figures[0].date: dates are ISO 8601'],
  ])('quarantines a figure with %s', (_name, change, reason) => {
    const parsed = parseDataset({ ...sampleDataset, figures: [{ ...villages!, ...change }] }, FILE);
    expect(quarantine(parsed)[0]?.reasons[0]).toContain(reason);
  });

  it('quarantines a bad vocabulary entry and the figures that use it', () => {
    const [people_, ...others] = sampleDataset.vocabulary.units;
    const units = [
      { ...people_!, dimension: 'People' },
      ...others,
      { ...others[0]!, name: { zh: '人次', en: 'visits' } },
      { ...people_!, unit: '%', dimension: 'percent' },
    ];
    const parsed = parseDataset(
      { ...sampleDataset, vocabulary: { ...sampleDataset.vocabulary, units } },
      FILE,
    );
    const last = units.length - 1;
    expect(parsed.ok && parsed.data.figures.map((f) => f.id)).toEqual([villages!.id]);
    expect(parsed.ok && parsed.data.vocabulary.units.map((u) => u.unit)).not.toContain('人');
    expect(quarantine(parsed)).toEqual([
      {
        path: '$.vocabulary.units[0]',
        recordId: '人',
        reasons: [expect.stringMatching(/^\$\.vocabulary\.units\[0\]\.dimension: a dimension is/)],
      },
      {
        path: `$.vocabulary.units[${last - 1}]`,
        recordId: '人次',
        reasons: [`$.vocabulary.units[${last - 1}].unit: unit 人次 is already defined at units[1]`],
      },
      {
        path: `$.vocabulary.units[${last}]`,
        recordId: '%',
        reasons: [`$.vocabulary.units[${last}].unit: unit % is already defined at units[13]`],
      },
      {
        path: '$.figures[1]',
        recordId: people!.id,
        reasons: [
          '$.figures[1].unit: unit 人 was quarantined ($.vocabulary.units[0]), so this figure is quarantined too',
        ],
      },
    ]);
  });

  it('quarantines what depends on a quarantined department, and says why', () => {
    const input = twoDepartments();
    const broken = { ...input, departments: [department!, { ...input.departments[1]!, name: 5 }] };
    const parsed = parseDataset(broken, FILE);
    expect(parsed.ok && parsed.data.departments.map((d) => d.id)).toEqual([department!.id]);
    expect(parsed.ok && parsed.data.figures.map((f) => f.id)).toEqual([villages!.id, people!.id]);
    expect(quarantine(parsed)).toEqual([
      {
        path: '$.departments[1]',
        recordId: 'other-bureau',
        reasons: [expect.stringMatching(/^\$\.departments\[1\]\.name: /)],
      },
      {
        path: '$.articles[1]',
        recordId: 'other-article',
        reasons: [
          '$.articles[1].departments[0]: department other-bureau was quarantined ($.departments[1]), so this article is quarantined too',
        ],
      },
      {
        path: '$.figures[2]',
        recordId: 'other-figure',
        reasons: [
          '$.figures[2].article: article other-article was quarantined ($.articles[1]), so this figure is quarantined too',
          '$.figures[2].department: department other-bureau was quarantined ($.departments[1]), so this figure is quarantined too',
        ],
      },
      {
        path: '$.lists[0]',
        recordId: 'other-list',
        reasons: [
          '$.lists[0].article: article other-article was quarantined ($.articles[1]), so this list is quarantined too',
          '$.lists[0].department: department other-bureau was quarantined ($.departments[1]), so this list is quarantined too',
          '$.lists[0].countFigure: figure other-figure was quarantined ($.figures[2]), so this list is quarantined too',
        ],
      },
    ]);
  });

  it.each<[string, (d: Dataset) => Dataset, string]>([
    [
      'an unknown department',
      (d) => ({ ...d, figures: [{ ...villages!, department: 'nowhere' }] }),
      '$.figures[0].department: unknown department nowhere: no department in this file has that id',
    ],
    [
      'an unknown group',
      (d) => ({ ...d, figures: [{ ...villages!, group: 'no-such-group' }] }),
      `$.figures[0].group: unknown group no-such-group: article ${article!.id} has no such group`,
    ],
    [
      'an id used twice',
      (d) => ({ ...d, figures: [villages!, { ...people!, id: villages!.id }] }),
      `$.figures[1].id: id ${villages!.id} is already used by the figure at $.figures[0]: ids are unique`,
    ],
  ])('quarantines a record with %s', (_name, change, reason) => {
    expect(quarantine(parseDataset(change(sampleDataset), FILE))[0]?.reasons).toEqual([reason]);
  });

  it.each<[string, unknown, string]>([
    ['an array', [], '$: Invalid input: expected object, received array'],
    ['null', null, '$: Invalid input: expected object, received null'],
    [
      'an article file',
      { id: 'x', figures: [] },
      '$.schemaVersion: schemaVersion is missing: this is not a served dataset (data/dataset.json)',
    ],
    [
      'another schema version',
      { ...sampleDataset, schemaVersion: 3 },
      '$.schemaVersion: schemaVersion 3 is not supported: this app reads 2',
    ],
    [
      'a dataset of the first version, without a vocabulary',
      { ...sampleDataset, schemaVersion: 1 },
      '$.schemaVersion: schemaVersion 1 is an older dataset without a vocabulary: this app reads 2; assemble it again from data/ (npm run build)',
    ],
    [
      'a dataset without a vocabulary',
      { ...sampleDataset, vocabulary: undefined },
      '$.vocabulary: Invalid input: expected object, received undefined',
    ],
    [
      'figures that are no list',
      { ...sampleDataset, figures: { a: 1 } },
      '$.figures: Invalid input: expected array, received object',
    ],
  ])('fails as a whole for %s', (_name, input, issue) => {
    const parsed = parseDataset(input, FILE);
    expect(parsed.ok ? [] : parsed.issues.map((i) => `${i.path}: ${i.message}`)).toContain(issue);
  });

  it('never throws, and accounts for every record it is given', () => {
    const kinds = ['departments', 'articles', 'figures', 'events', 'lists'] as const;
    const base = twoDepartments();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...kinds), fc.nat(4), fc.jsonValue()), {
          maxLength: 6,
        }),
        (damage) => {
          const input = structuredClone(base) as unknown as Record<
            (typeof kinds)[number],
            unknown[]
          >;
          for (const [kind, at, value] of damage) {
            const records = input[kind] as unknown[];
            if (at < records.length) records[at] = value;
            else records.push(value);
          }
          const parsed = parseDataset(input, FILE);
          if (!parsed.ok) return false;
          for (const kind of kinds) {
            const quarantined = parsed.quarantined.filter((r) => r.path.startsWith(`$.${kind}[`));
            expect(parsed.data[kind].length + quarantined.length).toBe(input[kind].length);
          }
          return true;
        },
      ),
    );
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof parseDataset(value, FILE).ok).toBe('boolean');
      }),
    );
  });
});

describe('parseWholeDataset', () => {
  it('refuses a dataset with a quarantined record, naming its issues', () => {
    const input = { ...sampleDataset, figures: [{ ...villages!, value: 'many' }] };
    const parsed = parseWholeDataset(input, FILE);
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toEqual(['$.figures[0].value']);
  });
});
