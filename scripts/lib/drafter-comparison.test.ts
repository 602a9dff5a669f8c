// @vitest-environment node
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from './assemble-dataset.ts';
import { compareWithDraft } from './drafter-comparison.ts';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * The seed page through the drafter: how many of the 31 curated figures come out with value,
 * bounds, unit, qualifier and date right without a hand edit. 2023 is the page's year, as the
 * curated dateNotes say; the editor gives it with --year.
 */
describe('the seed page through the drafter', () => {
  const files = readDataFiles(resolve(root, 'data'), root);
  if (!files.ok) throw new Error('the published data must pass its check');
  const units = files.data.vocabulary.content.units.map((u) => u.unit);
  const rows = files.data.articles.flatMap(({ content, text }) =>
    compareWithDraft(content, text, { year: 2023, units }),
  );

  it('drafts 30 of the 31 curated figures right', () => {
    expect(rows).toHaveLength(31);
    expect(rows.filter((row) => row.misses.length === 0)).toHaveLength(30);
  });

  it('misses only 四大功能区, which prints no unit (the curated 个 is the editor’s, with a note)', () => {
    expect(rows.filter((row) => row.misses.length > 0)).toEqual([
      expect.objectContaining({
        figureId: 'dawangzhai-hub-zones',
        misses: ['unit: null (curated 个)'],
      }),
    ]);
  });
});
