import {
  categorySchema,
  dateBasisSchema,
  listKindSchema,
  qualifierSchema,
  unitSchema,
} from './dataset-schema.ts';
import {
  categoryLabels,
  dateBasisLabels,
  listKindLabels,
  qualifierLabels,
  unitLabel,
  unitLabels,
} from './labels.ts';

describe('labels', () => {
  it.each([
    ['unit', unitSchema.options, unitLabels],
    ['category', categorySchema.options, categoryLabels],
    ['list kind', listKindSchema.options, listKindLabels],
    ['qualifier', qualifierSchema.options, qualifierLabels],
    ['date basis', dateBasisSchema.options, dateBasisLabels],
  ] as const)('names every %s in Chinese and English', (_name, options, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...options].sort());
    for (const label of Object.values(labels)) {
      expect(label.zh.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
    }
  });
});

describe('unitLabel', () => {
  it.each([
    [0, 'people'],
    [1, 'person'],
    [2, 'people'],
    [21, 'people'],
    [1.5, 'people'],
  ])('writes 人 after %d in English as %j (plural rules)', (count, en) => {
    expect(unitLabel('人', 'en', count)).toBe(en);
    expect(unitLabel('人', 'zh', count)).toBe('人');
  });

  it.each([
    ['人', 'people'],
    ['人次', 'person-times'],
    ['场次', 'sessions'],
    ['次', 'times'],
    ['元', 'yuan'],
    ['平方米', 'm²'],
    ['亩', 'mu'],
    ['户', 'households'],
    ['型', 'types'],
    ['个', 'units'],
    ['家', 'establishments'],
  ])('writes %s in English as %j', (unit, en) => {
    expect(unitLabel(unit, 'en')).toBe(en);
  });

  it('writes the singular for one', () => {
    expect(unitLabel('名', 'en', 1)).toBe('person');
    expect(unitLabel('名', 'en', 5)).toBe('people');
  });

  it('keeps Chinese units as printed, and unknown units as they are', () => {
    expect(unitLabel('人次', 'zh')).toBe('人次');
    expect(unitLabel('公里', 'en')).toBe('公里');
  });
});
