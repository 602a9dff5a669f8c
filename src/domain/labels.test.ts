import { qualifierSchema } from './figure-schema.ts';
import { listKindSchema } from './dataset-schema.ts';
import { dateBasisSchema } from './schema-basics.ts';
import { dateBasisLabels, listKindLabels, qualifierLabels } from './labels.ts';

describe('labels', () => {
  it.each([
    ['list kind', listKindSchema.options, listKindLabels],
    ['qualifier', qualifierSchema.options, qualifierLabels],
    ['date basis', dateBasisSchema.options, dateBasisLabels],
  ] as const)('names every %s in Chinese and English', (_name, options, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...options].sort());
    for (const label of Object.values<{ zh: string; en: string }>(labels)) {
      expect(label.zh.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
    }
  });
});
