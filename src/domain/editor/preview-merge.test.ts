import { datasetSchema, type ArticleFile } from '../dataset-schema.ts';
import { sampleDataset } from '../../test/sample-dataset.ts';
import { mergeDraft } from './preview-merge.ts';
import { serveDraft } from './serve-draft.ts';

describe('mergeDraft', () => {
  const dataset = sampleDataset;
  const [first] = dataset.articles;
  if (!first) throw new Error('the sample has articles');
  const figure = dataset.figures.find((f) => f.article === first.id)!;
  const { article: _article, printed: _printed, ...figureFields } = figure;
  const draft: ArticleFile = {
    ...first,
    figures: [{ ...figureFields, id: 'draft-figure' }],
    events: [],
    lists: [],
    ignoredNumerals: [],
  } as unknown as ArticleFile;

  it('replaces the article of the same id with its records, and keeps the others', () => {
    const merged = mergeDraft(dataset, serveDraft(draft, first.text, dataset));
    expect(merged.articles.map((a) => a.id).sort()).toEqual(
      dataset.articles.map((a) => a.id).sort(),
    );
    expect(merged.figures.filter((f) => f.article === first.id).map((f) => f.id)).toEqual([
      'draft-figure',
    ]);
    expect(merged.figures.filter((f) => f.article !== first.id)).toEqual(
      dataset.figures.filter((f) => f.article !== first.id),
    );
    expect(merged.events.some((e) => e.article === first.id)).toBe(false);
    expect(datasetSchema.safeParse(merged).success).toBe(true);
  });

  it('adds an article of a new id', () => {
    const merged = mergeDraft(
      dataset,
      serveDraft({ ...draft, id: 'a-new-page' }, first.text, dataset),
    );
    expect(merged.articles).toHaveLength(dataset.articles.length + 1);
    expect(merged.figures.find((f) => f.id === 'draft-figure')?.article).toBe('a-new-page');
  });
});
